// process.exit(1.5) is ERR_OUT_OF_RANGE.
process.exit(1.5);
