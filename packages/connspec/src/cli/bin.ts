// The `connspec` command. `--version` answers before anything else loads (a cold start is then a few
// tens of milliseconds); everything else goes through main, which only returns an exit code.
import { setFlagsFromString } from 'node:v8';
import { VERSION } from '../version.js';

const BUGS = 'https://github.com/connspec/connspec/issues';

/** A bug in connspec, never a user's mistake (those are explained by main): say how to report it. */
function internalError(error: unknown): number {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = process.env.CONNSPEC_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  process.stderr.write(
    `connspec: internal error: ${detail}${stack}\n` +
      `This is a bug in connspec ${VERSION} (node ${process.version}). Please report it at ${BUGS} with the command you ran and this output` +
      `${stack ? '' : ' (set CONNSPEC_DEBUG=1 to add the stack trace)'}.\n`,
  );
  return 70;
}

/**
 * A run lasts seconds, and V8's default interrupt budget has its optimising compiler (on background
 * threads) compile hundreds of functions that are hot for a few milliseconds: a quarter of a cold
 * OpenMetadata generate's CPU, with no gain in wall time. A budget ~4.5× higher leaves that to
 * functions that stay hot (large trees still get them optimised). Set before anything large loads.
 */
function tuneCompiler(): void {
  setFlagsFromString('--interrupt-budget=300000');
}

async function run(argv: readonly string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  tuneCompiler();
  const { main } = await import('./main.js');
  const io = {
    cwd: process.cwd(),
    isTTY: process.stdin.isTTY === true,
    env: process.env,
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
  };
  return main(argv, io);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = internalError(error);
  },
);
