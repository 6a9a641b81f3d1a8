import { createInterface } from 'node:readline/promises';
import { AUTH_TYPES, CAPABILITIES, CONNECTION_TYPES, SERVICE_TYPES, type RawScaffoldOptions } from './options.js';

export interface PromptIO {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/** Asks for every option on a terminal (empty answer = the default shown in brackets). */
export async function promptOptions(io: PromptIO = { input: process.stdin, output: process.stdout }): Promise<RawScaffoldOptions> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  const ask = async (question: string, fallback = ''): Promise<string> => {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer === '' ? fallback : answer;
  };
  try {
    const name = await ask('Connector name (e.g. acme)');
    const serviceType = await ask(`Service type (${SERVICE_TYPES.join(', ')})`, 'database');
    const connectionType = await ask(`Connection type (${CONNECTION_TYPES.join(', ')})`, serviceType === 'database' ? 'sqlalchemy' : 'rest_api');
    const authTypes = await ask(`Auth types, comma-separated (${AUTH_TYPES.join(', ')})`, 'basic');
    const capabilities = await ask(`Capabilities, comma-separated (${CAPABILITIES.join(', ')})`, 'metadata');
    const defaultPort = await ask('Default port (empty for none)');
    const docsUrl = await ask('Docs URL (empty for none)');
    return { name, serviceType, connectionType, authTypes, capabilities, ...(defaultPort ? { defaultPort } : {}), ...(docsUrl ? { docsUrl } : {}) };
  } finally {
    rl.close();
  }
}
