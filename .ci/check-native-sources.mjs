// Checks what `./mvnw package -Dnative -Dquarkus.native.sources-only=true` wrote to target/native-sources:
// the native-image arguments, and in the runner jar they name, the resources and reflection registrations
// the service needs at run time. Usage: node .ci/check-native-sources.mjs h2|postgresql
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const db = process.argv[2];
if (db !== 'h2' && db !== 'postgresql') {
  console.error('usage: node .ci/check-native-sources.mjs h2|postgresql');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sources = path.join(root, 'target', 'native-sources');
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };
const listFiles = dir => readdirSync(dir).flatMap(name => {
  const file = path.join(dir, name);
  return statSync(file).isDirectory() ? listFiles(file) : [file];
});

// 1. The arguments: native-image is run as `native-image $(cat native-image.args)` on the runner jar.
const argsFile = path.join(sources, 'native-image.args');
if (!existsSync(argsFile)) {
  console.error(`${argsFile} is missing: did the sources-only build run?`);
  process.exit(1);
}
const args = readFileSync(argsFile, 'utf8').trim().split(/\s+/);
const jarName = args[args.indexOf('-jar') + 1];
check(args.includes('-jar') && jarName?.endsWith('-runner.jar'), 'native-image.args ends with -jar <name>-runner.jar');
check(args.includes('--no-fallback'), 'native-image.args has --no-fallback (no JVM fallback image)');
const features = (args.find(a => a.startsWith('--features=')) ?? '').slice('--features='.length).split(',');
check(db !== 'h2' || features.includes('io.quarkus.jdbc.h2.runtime.H2Reflections'), 'H2 build: the H2 native feature');
check(db !== 'postgresql' || !features.some(f => f.includes('.h2.')), 'PostgreSQL build: nothing of H2');

// 2. The driver on the image class path (lib/), so the two builds cannot be mixed up.
// (Quarkus may prefix a jar it transformed with "modified-".)
const libs = readdirSync(path.join(sources, 'lib')).map(name => name.replace(/^modified-/, ''));
const has = prefix => libs.some(name => name.startsWith(prefix));
check(db !== 'h2' || (has('com.h2database.h2-') && !has('org.postgresql.postgresql-')), 'H2 build: H2 driver only');
check(db !== 'postgresql' || (has('org.postgresql.postgresql-') && !has('com.h2database.h2-')),
  'PostgreSQL build: PostgreSQL driver only');

// 3. Inside the runner jar: resources and reflection, as native-image will read them
//    (Quarkus passes them as META-INF/native-image/*.json in the jar, not as command-line flags).
const jar = path.join(sources, jarName);
const entries = new Set(execFileSync('jar', ['tf', jar], { encoding: 'utf8' }).split('\n').filter(Boolean));
const scratch = mkdtempSync(path.join(tmpdir(), 'native-sources-'));
let resourceConfig, reflectConfig;
try {
  execFileSync('jar', ['xf', jar, 'META-INF/native-image/resource-config.json', 'META-INF/native-image/reflect-config.json'],
    { cwd: scratch });
  resourceConfig = JSON.parse(readFileSync(path.join(scratch, 'META-INF/native-image/resource-config.json'), 'utf8'));
  reflectConfig = JSON.parse(readFileSync(path.join(scratch, 'META-INF/native-image/reflect-config.json'), 'utf8'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// The patterns are Java regular expressions; Quarkus quotes literal names as \Q...\E, which JavaScript lacks.
const javaRegExp = pattern => new RegExp(`^${pattern.replace(/\\Q(.*?)\\E/g,
  (_, literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}$`);
const included = (resourceConfig.resources?.includes ?? []).map(i => javaRegExp(i.pattern));
const isIncluded = resource => included.some(pattern => pattern.test(resource));

const resourcesDir = path.join(root, 'src', 'main', 'resources');
const migrations = listFiles(path.join(resourcesDir, 'db', 'migration'))
  .map(file => path.relative(resourcesDir, file).split(path.sep).join('/'));
check(migrations.length > 0, 'at least one Flyway migration in src/main/resources/db/migration');
for (const migration of migrations) {
  check(entries.has(migration), `${migration} in the runner jar`);
  check(isIncluded(migration), `${migration} registered as a native resource`);
}
// The demo world is Java code (dev.newsgraph.demo), not resource files: its classes must be in the jar.
const demoClasses = [...entries].filter(e => e.startsWith('dev/newsgraph/demo/') && e.endsWith('.class'));
check(demoClasses.length > 0, 'the demo world classes (dev/newsgraph/demo) in the runner jar');
const demoResources = existsSync(path.join(resourcesDir, 'demo')) ? listFiles(path.join(resourcesDir, 'demo')) : [];
for (const file of demoResources) {
  const resource = path.relative(resourcesDir, file).split(path.sep).join('/');
  check(isIncluded(resource), `${resource} registered as a native resource`);
}

// Classes reached only by reflection: every @GraphQLApi class (SmallRye GraphQL invokes its methods
// reflectively) and the providers named in META-INF/services.
const reflective = new Map(reflectConfig.map(entry => [entry.name, entry]));
const javaRoot = path.join(root, 'src', 'main', 'java');
const apiClasses = listFiles(javaRoot)
  .filter(file => file.endsWith('.java') && /^@GraphQLApi\b/m.test(readFileSync(file, 'utf8')))
  .map(file => path.relative(javaRoot, file).replace(/\.java$/, '').split(path.sep).join('.'));
check(apiClasses.length > 0, 'some @GraphQLApi classes found');
for (const api of apiClasses) {
  const entry = reflective.get(api);
  check(entry && (entry.allDeclaredMethods || entry.allPublicMethods), `${api} registered for reflection with its methods`);
}
// Java migrations (src/main/java/db/migration, vendor-specific steps): Flyway instantiates them by reflection.
const javaMigrationsDir = path.join(javaRoot, 'db', 'migration');
const javaMigrations = existsSync(javaMigrationsDir) ? readdirSync(javaMigrationsDir).filter(name => name.endsWith('.java'))
  .map(name => `db.migration.${name.replace(/\.java$/, '')}`) : [];
for (const migration of javaMigrations) {
  check(entries.has(`${migration.split('.').join('/')}.class`), `${migration} in the runner jar`);
  check(reflective.has(migration), `${migration} (a Java migration) registered for reflection`);
}
const servicesDir = path.join(resourcesDir, 'META-INF', 'services');
const providers = existsSync(servicesDir) ? readdirSync(servicesDir).flatMap(service =>
  readFileSync(path.join(servicesDir, service), 'utf8').split('\n').map(l => l.replace(/#.*/, '').trim()).filter(Boolean)
    .map(provider => ({ service, provider }))) : [];
for (const { service, provider } of providers) {
  check(entries.has(`META-INF/services/${service}`), `META-INF/services/${service} in the runner jar`);
  check(reflective.has(provider), `${provider} (a ${service}) registered for reflection`);
}

if (problems.length > 0) {
  console.error(`native sources (${db}): ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`native sources (${db}): ok — ${jarName}, ${migrations.length} migration(s) registered as resources `
  + `(${migrations.join(', ')}), ${javaMigrations.length} Java migration(s) registered for reflection, demo world as ${demoClasses.length} classes (no resource files), `
  + `${apiClasses.length} @GraphQLApi classes and ${providers.length} service providers registered for reflection`);
