/** The okr-sheets executable: runs the CLI with the process's streams and exit status. */
import { main, type Io } from './main';
import { EXIT } from './errors';

// A reader that stops early (`okr-sheets lint < krs.txt | head`) closes the pipe: the rest of the output has
// nobody to go to, which is no failure (as for `yes | head`), so the process ends quietly with status 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT.ok);
});

const io: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

main(process.argv.slice(2), io, __dirname).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // Not a bad file or a bad option (those are CliErrors, one line each): a fault of the program, with its stack.
    process.stderr.write(`okr-sheets: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = EXIT.runFailed;
  },
);
