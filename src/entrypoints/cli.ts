#!/usr/bin/env node
import { runLocalCommand } from '../local/local-command.js';

process.exitCode = await runLocalCommand(process.argv.slice(2));
