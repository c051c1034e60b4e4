// `constellation user create --email … --role …`: creates an account from the command line. The
// password is typed at a muted prompt (twice), or read from standard input with --password-stdin.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { isAppError } from '../errors.js';
import { accountServices } from './account.service.js';
import { passwordProblem } from './password.js';
import { roles } from '../kernel/permissions.js';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Standard input; tests pass a stream. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const userUsage = `Usage: constellation user create --email EMAIL --role ROLE [--name NAME]
                                [--password-stdin] [--database URL]

  ROLE is one of ${roles.join(', ')}. The password (at least 12 characters) is asked
  twice without echo, or read from standard input with --password-stdin.`;

export async function userCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    io.err(sub === undefined ? userUsage : `Unknown user command “${sub}”.\n\n${userUsage}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  if (!values.email || !values.role) {
    io.err(`--email and --role are required.\n\n${userUsage}`);
    return 2;
  }
  if (!(roles as readonly string[]).includes(values.role)) {
    io.err(`Unknown role “${values.role}”: use one of ${roles.join(', ')}.`);
    return 2;
  }
  const input = io.input ?? process.stdin;
  let password: string;
  if (values['password-stdin']) {
    password = (await readAll(input)).replace(/\r?\n$/, '');
  } else if (input.isTTY) {
    password = await ask(input, 'Password: ');
    const again = await ask(input, 'Repeat the password: ');
    if (again !== password) {
      io.err('The two passwords differ; nothing was created.');
      return 1;
    }
  } else {
    io.err('No terminal to ask the password on: pipe it with --password-stdin.');
    return 2;
  }
  const problem = passwordProblem(password);
  if (problem) {
    io.err(`${problem} Nothing was created.`);
    return 1;
  }

  const database = openDatabase(values.database ?? loadConfig().databaseUrl);
  try {
    await migrateToLatest(database.db);
    const { users } = accountServices(database.db, () => new Date());
    const name = values.name ?? values.email.split('@')[0] ?? values.email;
    try {
      await users.createUser(
        { email: values.email, name, role: values.role as (typeof roles)[number], password },
        { actorId: null, ip: 'cli', userAgent: 'constellation user create' },
      );
    } catch (error) {
      if (isAppError(error) && (error.code === 'bad_request' || error.code === 'duplicate')) {
        io.err(`${error.message} Nothing was created.`);
        return 1;
      }
      throw error;
    }
    io.out(`Created the ${values.role} account ${values.email.trim().toLowerCase()}.`);
    return 0;
  } finally {
    await database.close();
  }
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks one line on the terminal without echoing what is typed. */
function ask(input: NodeJS.ReadableStream, question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
