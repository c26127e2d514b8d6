// Greets one person on either side of a timer: the request's thread is free while the timer runs.
module.exports = async function greet(name) {
  console.log(`hello ${name}`);
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log(`goodbye ${name}`);
};
