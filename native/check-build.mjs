// Judges one run of native/compile-check.sh from what the image builder itself reported, and prints its
// statistics. Usage: node native/check-build.mjs OUT_DIR BUILDER_EXIT_STATUS SECONDS
//
// Fails on: a non-zero exit or any error line; a warning that native/expected-warnings.txt does not
// list; no relocatable object file; the builder's own list of user features or of unlocked experimental
// options differing from what Quarkus' native-image.args (and the class path's native-image.properties)
// ask for — the builder's report of the options it received, checked against what the launcher passes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [out, status, seconds] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
const log = readFileSync(path.join(out, 'builder.log'), 'utf8');
const lines = log.split('\n');
const problems = [];
const listFiles = dir => existsSync(dir) ? readdirSync(dir).flatMap(name => {
  const file = path.join(dir, name);
  return statSync(file).isDirectory() ? listFiles(file) : [file];
}) : [];

// 1. Errors and warnings.
if (status !== '0') problems.push(`the builder exited with status ${status}`);
for (const line of lines.filter(l => /^(Error|Fatal error)\b|^Failed generating|unexpected error/.test(l))) {
  problems.push(`builder: ${line.trim()}`);
}
const expectedWarnings = readFileSync(path.join(here, 'expected-warnings.txt'), 'utf8').split('\n')
  .map(l => l.trim()).filter(l => l && !l.startsWith('#')).map(l => new RegExp(l));
// The builder's own warnings, and what the application's code logs while the builder runs it
// (static initialisers, Quarkus recorders): a WARN there is a warning too, an ERROR an error.
const logged = /^\d\d:\d\d:\d\d,\d{3} (WARN|ERROR) /;
lines.filter(l => logged.test(l) && l.match(logged)[1] === 'ERROR').forEach(l => problems.push(`logged during the build: ${l.trim()}`));
const warnings = [...new Set(lines.filter(l => /^Warning: /.test(l) || (logged.test(l) && l.match(logged)[1] === 'WARN'))
  .map(l => l.trim().replace(logged, 'WARN ')))];
const unexpected = warnings.filter(w => !expectedWarnings.some(pattern => pattern.test(w)));
unexpected.forEach(w => problems.push(`unexpected builder warning (fix it, or list it with a reason in native/expected-warnings.txt): ${w}`));

// 2. The builder's report of its options against what the launcher would have passed.
const block = heading => {
  const start = lines.findIndex(l => heading.test(l));
  if (start < 0) return null;
  const items = [];
  for (let i = start + 1; i < lines.length && /^ - /.test(lines[i]); i++) items.push(lines[i].slice(3));
  return items;
};
const expected = readFileSync(path.join(out, 'expected-options.txt'), 'utf8').split('\n').filter(Boolean);
const sameSet = (what, actual, wanted) => {
  const missing = wanted.filter(x => !actual.includes(x));
  const extra = actual.filter(x => !wanted.includes(x));
  if (missing.length || extra.length) {
    problems.push(`${what}: missing ${JSON.stringify(missing)}, not expected ${JSON.stringify(extra)}`);
  }
};
const features = block(/^ \d+ user-specific feature\(s\):/);
if (features === null) problems.push('the builder printed no list of user-specific features');
else sameSet('user features the builder reports', features.map(f => f.replace(/:.*/, '').trim()),
  expected.filter(e => e.startsWith('feature ')).map(e => e.slice('feature '.length)));

// The builder lists the experimental options it received with their origin. Each must be one passed as
// it is: by Quarkus on the command line or the jar manifest ("command line"), or by a native-image.properties
// (named by its path). An API option the launcher translates, or one this check adds ("driver"), must not appear.
const experimental = block(/^ \d+ experimental option\(s\) unlocked:/) ?? [];
const allowed = expected.filter(e => e.startsWith('option ')).map(e => e.slice('option '.length))
  .map(e => ({ name: e.slice(0, e.indexOf(' ')), origin: e.slice(e.indexOf(' ') + 1) }));
for (const entry of experimental) {
  const name = '-H:' + (entry.match(/^'-H:[+-]?([^'=@]+)/)?.[1] ?? '?');
  const origins = entry.match(/origin\(s\): (.*)\)$/)?.[1] ?? '';
  if (!allowed.some(a => a.name === name && origins.includes(a.origin))) {
    problems.push(`the builder reports an experimental option no launcher input explains: ${entry}`);
  }
}

// 3. The relocatable object file: code generation finished and was written.
const objects = listFiles(path.join(out, 'tmp')).filter(f => f.endsWith('.o'));
let sections = {};
if (objects.length !== 1) {
  problems.push(`expected one relocatable object file under ${out}/tmp, found ${objects.length}`);
} else {
  const table = execFileSync('readelf', ['-S', '-W', objects[0]], { encoding: 'utf8' });
  for (const m of table.matchAll(/\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)/g)) {
    sections[m[1]] = parseInt(m[2], 16);
  }
  if (!sections['.text'] || !sections['.svm_heap']) problems.push(`object file without .text or .svm_heap: ${objects[0]}`);
}

// 4. Statistics: the builder's JSON (Quarkus asks for it), its stage lines, the object file.
const statsFile = listFiles(out).find(f => f.endsWith('build-output-stats.json'));
const stats = statsFile ? JSON.parse(readFileSync(statsFile, 'utf8')) : {};
const mb = bytes => `${(bytes / 1e6).toFixed(1)} MB`;
const a = stats.analysis_results ?? {};
const summary = [
  `builder statistics (${path.basename(statsFile ?? 'no stats file')}, ${objects[0] ? path.basename(objects[0]) : 'no object file'}):`,
  ...lines.filter(l => /^\[[1-8]\/8\]/.test(l)).map(l => `  ${l.replace(/\s{2,}/g, ' ').trim()}`),
  `  reachable: ${a.types?.reachable} types, ${a.fields?.reachable} fields, ${a.methods?.reachable} methods`
    + ` (of ${a.types?.total} / ${a.fields?.total} / ${a.methods?.total} loaded)`,
  `  registered for reflection: ${a.types?.reflection} types, ${a.fields?.reflection} fields, ${a.methods?.reflection} methods;`
    + ` for JNI: ${a.types?.jni} types, ${a.fields?.jni} fields, ${a.methods?.jni} methods`,
  `  image heap (.svm_heap): ${mb(sections['.svm_heap'] ?? 0)}, code area (.text): ${mb(sections['.text'] ?? 0)},`
    + ` object file: ${objects[0] ? mb(statSync(objects[0]).size) : '-'}`,
  `  builder time: ${stats.resource_usage?.total_secs?.toFixed(0)} s (script ${seconds} s),`
    + ` peak RSS: ${mb(stats.resource_usage?.memory?.peak_rss_bytes ?? 0)},`
    + ` GC: ${stats.resource_usage?.garbage_collection?.total_secs?.toFixed(1)} s,`
    + ` CPU load: ${stats.resource_usage?.cpu?.load?.toFixed(2)} of ${stats.resource_usage?.cpu?.total_cores} cores`,
  `  load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  `  warnings: ${warnings.length} (all listed in native/expected-warnings.txt: ${unexpected.length === 0})`,
  `  options: ${features?.length ?? 0} user features and ${experimental.length} experimental options reported by the builder, `
    + `as the launcher inputs say: ${!problems.some(p => p.includes('reports'))}`,
];
writeFileSync(path.join(out, 'summary.txt'), summary.join('\n') + '\n');
console.log(summary.join('\n'));
if (problems.length) {
  console.error(`native compile check FAILED (${problems.length}):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log('native compile check: ok — analysis, universe, compilation and the object file, no link');
