// A separate process that opens the SQLite store and claims one digest, at a given instant so that several
// such processes race: prints "claimed" or "refused". It runs the compiled store (npm test builds first).
import { openStore } from "../../dist/store/store.js";

const [path, owner, at] = process.argv.slice(2);
const store = openStore(path);
const wait = Number(at) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const claim = await store.claimDigest("CPROC", "2023-04-03", owner, Date.now(), 60_000);
process.stdout.write(claim ? "claimed\n" : "refused\n");
await store.close();
