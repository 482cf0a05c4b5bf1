import { Command } from 'commander';
import { extractCommand } from './commands/extract';
import { loadCommand } from './commands/load';
import { serveCommand } from './commands/serve';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';

/** `towngraph`: one sub-command per file in cli/commands. */
const program = new Command()
  .name('towngraph')
  .description('Knowledge graph of Chinese local-government documents, served through GraphQL')
  .showHelpAfterError();

program.addCommand(loadCommand());
program.addCommand(serveCommand());
program.addCommand(extractCommand());
program.addCommand(evalCommand());
program.addCommand(exportCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`towngraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
