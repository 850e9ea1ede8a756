// Checks that service.yaml parses as YAML and has what Knative Serving requires, plus the settings
// the deployment relies on (scale to zero, probes, secrets). Needs the `yaml` npm package:
//   dir=$(mktemp -d) && npm install --prefix "$dir" yaml && NODE_PATH="$dir/node_modules" node deploy/knative/check-service.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'noop.js'));
const { parseAllDocuments } = require('yaml');

const file = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'service.yaml');
const docs = parseAllDocuments(readFileSync(file, 'utf8'));
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

check(docs.length === 1, `one YAML document (found ${docs.length})`);
for (const doc of docs) {
  for (const error of doc.errors) problems.push(`YAML: ${error.message}`);
}
const svc = docs[0]?.toJS() ?? {};
const template = svc.spec?.template ?? {};
const container = template.spec?.containers?.[0] ?? {};
const env = Object.fromEntries((container.env ?? []).map(e => [e.name, e]));

check(svc.apiVersion === 'serving.knative.dev/v1', 'apiVersion serving.knative.dev/v1');
check(svc.kind === 'Service', 'kind Service');
check(typeof svc.metadata?.name === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(svc.metadata.name),
  'metadata.name, a DNS-1123 label');
check(typeof container.image === 'string' && container.image.length > 0, 'spec.template.spec.containers[0].image');
check(template.spec?.containers?.length === 1, 'exactly one container (Knative serves one port)');
check(template.metadata?.annotations?.['autoscaling.knative.dev/min-scale'] === '0',
  'autoscaling.knative.dev/min-scale "0" (a string)');
check(Number.isInteger(template.spec?.containerConcurrency) && template.spec.containerConcurrency > 0,
  'spec.template.spec.containerConcurrency, a positive integer');
check(container.readinessProbe?.httpGet?.path === '/q/health/ready', 'readiness probe on /q/health/ready');
check(container.livenessProbe?.httpGet?.path === '/q/health/live', 'liveness probe on /q/health/live');
check(!container.readinessProbe?.httpGet?.port && !container.livenessProbe?.httpGet?.port,
  'probes without a port (Knative probes the serving port)');
check((container.ports ?? []).length <= 1, 'at most one container port');
check(container.resources?.requests?.memory && container.resources?.limits?.memory, 'memory request and limit');
for (const name of ['QUARKUS_DATASOURCE_JDBC_URL', 'QUARKUS_DATASOURCE_USERNAME', 'QUARKUS_DATASOURCE_PASSWORD',
  'NEWSGRAPH_API_KEY']) {
  check(env[name]?.valueFrom?.secretKeyRef?.name && env[name]?.valueFrom?.secretKeyRef?.key, `${name} from a Secret`);
}

if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`${file}: valid Knative Service "${svc.metadata.name}"`);
