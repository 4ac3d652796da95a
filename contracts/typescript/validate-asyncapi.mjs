// Reads the AsyncAPI document with the AsyncAPI parser (the one the AsyncAPI CLI's `validate` uses) and fails on
// any error or warning it reports, printing each with where it is.
import { Parser, fromFile } from "@asyncapi/parser";

const path = process.argv[2];
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, path).parse();
const severities = ["error", "warning", "info", "hint"];
const reported = diagnostics.filter((d) => d.severity <= 1);
for (const d of reported) {
  console.error(`${path}:${(d.range?.start?.line ?? 0) + 1} ${severities[d.severity]} ${d.code}: ${d.message} (${(d.path ?? []).join(".")})`);
}
if (!document || reported.length > 0) {
  console.error(`AsyncAPI: ${reported.length} error(s)/warning(s) in ${path}`);
  process.exit(1);
}
const channels = document.channels().all().map((c) => c.address());
const operations = document.operations().all().length;
const messages = document.components().messages().all().length;
console.log(`AsyncAPI ${document.version()}: valid; ${channels.length} channels (${channels.join(", ")}), ${operations} operations, ${messages} messages`);
