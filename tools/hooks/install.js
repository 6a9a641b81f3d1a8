// Runs on `npm install` (the `prepare` script): points git at tools/hooks/git so the pre-commit
// hook validates staged schemas. Does nothing outside a git work tree (a tarball install, say).
import { execFileSync } from 'node:child_process';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

try {
  if (git('rev-parse', '--is-inside-work-tree') === 'true') {
    git('config', 'core.hooksPath', 'tools/hooks/git');
    console.log('connspec: pre-commit hook installed (git config core.hooksPath tools/hooks/git)');
  }
} catch {
  // Not a git checkout, or git is missing: nothing to install.
}
