#!/usr/bin/env node
// The installed `connspec` command: the compiled CLI (kept as a file of its own so npm can link it
// before a workspace build has produced dist/).
import '../dist/cli/bin.js';
