/** The okr-sheets executable: runs the CLI with the process's streams and exit status. */
import { main, type Io } from './cli';

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
    process.stderr.write(`okr-sheets: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
