// An instance of a class is named by its constructor.
class Job {}
Promise.reject(new Job());
