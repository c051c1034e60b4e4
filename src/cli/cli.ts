// The `constellation` command line: serve, migrate, seed, detect… Each command is a function
// returning an exit code, so tests can call them without spawning a process. Commands are
// imported when run: `constellation help` loads nothing else (README, « Compiled build »).
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';

const usage = `Usage: constellation <command> [options]

Commands:
  serve [--demo]   start the web server (migrates first); --demo loads the demo
                   content when the database has no articles yet
  migrate          apply pending database migrations
  seed             load the demo content into a database without articles
  detect FILE [--lang fr|en]
                   print as JSON the known entities a text or Markdown file
                   mentions and the unknown ones it suggests (default: fr)
  detect --all [--since DATE]
                   run detection again over every article (or those published
                   since DATE, UTC), keeping the decisions already made
  user create --email EMAIL --role admin|editor|author|contributor [--name NAME]
                   [--password-stdin]
                   create an account; the password is asked without echo,
                   or read from standard input with --password-stdin
  reindex          rebuild the search index from the published content
  export --out FILE.tar.gz [--with-secrets]
                   write every row and media file as versioned JSON (password
                   hashes and tokens only with --with-secrets); see
                   docs/export-format.md
  import constellation FILE.tar.gz
                   load an export into an empty database (either engine)
  import wordpress EXPORT.xml [--uploads DIR] [--dry-run] [--default-language fr|en]
                   [--map FILE]
                   import a WordPress export (posts, attachments, old addresses)
  import html DIR --config MAPPING.json [--dry-run]
                   import saved pages through a mapping of CSS selectors;
                   see the README, « Moving in »
  backup FILE.tar.gz
                   a consistent snapshot with secrets, while the site serves
  restore FILE.tar.gz
                   load a backup into an empty database, with its media
  help             show this message

Configuration comes from environment variables (PORT, DATABASE_URL, BASE_URL,
LOG_LEVEL, MEDIA_DIR); see the README. --database URL overrides DATABASE_URL.`;

type Output = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Standard input (the user command reads a password from it); tests pass a stream. */
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
};
const stdio: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function runCli(argv: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve': {
        const { values } = parseArgs({
          args: rest,
          options: { demo: { type: 'boolean', default: false } },
        });
        const { startServer } = await import('../main.js');
        await startServer({ demo: values.demo });
        return 0;
      }
      case 'migrate':
        return await (await import('./commands.js')).migrate(rest, io);
      case 'seed':
        return await (await import('./commands.js')).seed(rest, io);
      case 'detect':
        return await (await import('../linking/detect.command.js')).detectCommand(rest, io, usage);
      case 'reindex':
        return await (await import('./commands.js')).reindex(rest, io);
      case 'user':
        return await (await import('../users/user.command.js')).userCommand(rest, io);
      case 'import': {
        // Moving in from another system; `import constellation` is the site transfer.
        if (rest[0] === 'wordpress' || rest[0] === 'html')
          return await (await import('../import/import.command.js')).importCommand(rest, io);
        const { transferCommand } = await import('../transfer/transfer.command.js');
        return await transferCommand(command, rest, io);
      }
      case 'export':
      case 'backup':
      case 'restore': {
        const { transferCommand } = await import('../transfer/transfer.command.js');
        return await transferCommand(command, rest, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(usage);
        return command === undefined ? 1 : 0;
      default:
        io.err(`Unknown command “${command}”.\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 78; // EX_CONFIG
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${error.message}\n\n${usage}`);
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
