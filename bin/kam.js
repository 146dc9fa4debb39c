#!/usr/bin/env node
// The `kam` executable: hands the command line to main() and exits with its code.
import { run } from '../dist/cli/run.js';

run();
