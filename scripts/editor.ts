// npm run editor -- add <name> | list | remove <name>
// Manages editor accounts in the database named by DATABASE_URL (npm start prints it). The password is
// asked for (not echoed) on a terminal, or read from the first line of stdin when it is not one; never an
// argument, so it stays out of shell history and process lists.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { env } from "@/env";
import { createPrismaClient } from "@/server/db";
import { addEditor, EditorAccountError, listEditors, removeEditor } from "@/server/editor/accounts";

const USAGE = "usage: npm run editor -- add <name> | list | remove <name>";

async function readPasswordFromStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPasswordFromStdin();
  const first = await askHidden("Password (at least 12 characters): ");
  const second = await askHidden("Repeat the password: ");
  if (first !== second) throw new EditorAccountError("the two passwords differ");
  return first;
}

async function main(args: string[]): Promise<number> {
  const [command, name] = args;
  if (!command || (command !== "list" && !name) || !["add", "list", "remove"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  if (!env.DATABASE_URL) {
    console.error("editor: DATABASE_URL is not set. `npm start` prints the address of its database; set DATABASE_URL to it.");
    return 2;
  }
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    if (command === "add") {
      const added = await addEditor(db, name, await readPassword());
      console.log(`editor "${added.name}" added; sign in at /editor`);
    } else if (command === "remove") {
      await removeEditor(db, name);
      console.log(`editor "${name.trim().toLowerCase()}" removed and signed out everywhere`);
    } else {
      const editors = await listEditors(db);
      if (!editors.length) console.log("no editors yet: npm run editor -- add <name>");
      for (const e of editors) console.log(`${e.name}\tadded ${e.createdAt.toISOString().slice(0, 10)}\t${e.activeSessions} active session(s)`);
    }
    return 0;
  } catch (error) {
    if (error instanceof EditorAccountError) {
      console.error(`editor: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`editor: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
