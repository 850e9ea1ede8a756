// Fan-out load client: CLIENTS graphql-transport-ws connections subscribed to articleImported, then
// IMPORTS imports at RATE per second over HTTP; prints one JSON line with delivery counts, latency
// percentiles (from the import request being sent to each receipt) and the service's RSS; per import also
// the time to its HTTP answer and to its first and last receipt (medians over the imports), and this
// client's own CPU share and event-loop delay while the imports are delivered (a busy client reads late) and
// the service's CPU time meanwhile.
// WARMUP (environment, default 0) imports are sent and delivered first and not counted: the measured ones then
// meet a warm service (JIT, first reads) instead of a fresh one. With none, the first import meets a fresh
// service and its 1,000 deliveries are the slowest tenth, so p99 is its tail: the import's own p50/p99
// (first_import_*) are printed apart from the others' (rest_*).
// TIMELINE=1 also prints, to stderr, each measured import's send, HTTP answer and first and last receipt as
// wall-clock milliseconds, to line up with the service's timeline log (dev.newsgraph.subscription.timeline).
// Usage: node fanout.mjs URL SERVICE_PID CLIENTS IMPORTS RATE   (ws from e2e/node_modules)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../e2e/package.json', import.meta.url));
const WebSocket = require('ws');

const [url, pid, clientsArg, importsArg, rateArg] = process.argv.slice(2);
const CLIENTS = Number(clientsArg);
const IMPORTS = Number(importsArg);
const RATE = Number(rateArg);
const KEY = process.env.NEWSGRAPH_API_KEY;
const WARMUP = Number(process.env.WARMUP ?? 0);
const RUN = Math.random().toString(36).slice(2, 8);
const SUBSCRIPTION = 'subscription { articleImported { id title } }';

const rssMiB = () => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
};

// the service's CPU time (user + system, ms) from /proc: what the deliveries cost it, whatever the machine's load
const serviceCpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
};

const sentAt = new Map();
const answeredIn = [];
const firstReceipt = new Map();
const lastReceipt = new Map();
const latencies = [];
const latenciesOf = new Map(); // title -> its receipts' latencies
const answeredAt = new Map();
const nodeOf = new Map(); // title -> the imported article's id
let delivered = 0;
let errors = 0;

function connect() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
        // a query on the same socket answers after the subscription is in place
        socket.send(JSON.stringify({ id: 'r', type: 'subscribe', payload: { query: '{ __typename }' } }));
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (message.id === 'r' && message.type === 'complete') {
        resolve(socket);
      } else if (message.id === 's' && message.type === 'next') {
        const title = message.payload?.data?.articleImported?.title;
        const start = sentAt.get(title);
        if (title?.startsWith('Warmup ')) {
          warmDelivered++;
        } else if (start !== undefined) {
          const latency = performance.now() - start;
          latencies.push(latency);
          if (!latenciesOf.has(title)) latenciesOf.set(title, []);
          latenciesOf.get(title).push(latency);
          if (!firstReceipt.has(title)) {
            firstReceipt.set(title, latency);
            nodeOf.set(title, message.payload.data.articleImported.id);
          }
          lastReceipt.set(title, latency);
          delivered++;
        }
      } else if (message.type === 'error' || message.payload?.errors) {
        errors++;
      }
    });
    socket.on('error', reject);
  });
}

let warmDelivered = 0;
const notCreated = []; // imports answered created: false

async function importArticle(i, warmup = false) {
  const title = warmup ? `Warmup ${RUN} ${i}` : `Fanout ${RUN} ${i}`;
  const markdown = `# ${title}\n\nPublished :\`2024-08-0${1 + (i % 9)} 10:00:00\`\n\n---\n\nA short story number ${i} of run ${RUN}.\n\n---\n`;
  const sent = performance.now();
  if (!warmup) sentAt.set(title, sent);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query: 'mutation($m: String!) { importArticle(markdown: $m) { created } }', variables: { m: markdown } }),
  });
  const body = await response.json();
  if (!warmup) {
    answeredIn.push(performance.now() - sent);
    answeredAt.set(title, performance.now() - sent);
  }
  if (body.data?.importArticle?.created === false && !warmup) {
    // answered, but not created (nothing is announced then): counted apart, its deliveries not expected
    notCreated.push(i);
    sentAt.delete(title);
  } else if (!body.data?.importArticle?.created) {
    throw new Error(`import ${i} failed: ${JSON.stringify(body)}`);
  }
}

const percentile = (sorted, p) => sorted.length === 0 ? null
  : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

const rssBefore = rssMiB();
const sockets = [];
for (let i = 0; i < CLIENTS; i += 100) {
  sockets.push(...await Promise.all(Array.from({ length: Math.min(100, CLIENTS - i) }, connect)));
}
for (let i = 0; i < WARMUP; i++) { // one after another, each delivered to everyone before the next
  await importArticle(i, true);
  const until = performance.now() + 30_000;
  while (warmDelivered < CLIENTS * (i + 1) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
}
const rssSubscribed = rssMiB();
let rssPeak = rssSubscribed;
const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, rssMiB()); }, 100);

const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const cpuBefore = process.cpuUsage();
const serviceCpuBefore = serviceCpuMs();
const started = performance.now();
const imports = [];
for (let i = 0; i < IMPORTS; i++) {
  const due = started + (i * 1000) / RATE;
  await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  imports.push(importArticle(i));
}
await Promise.all(imports);
const expected = CLIENTS * (IMPORTS - notCreated.length);
const deadline = performance.now() + 30_000;
while (delivered < expected && performance.now() < deadline) {
  await new Promise((r) => setTimeout(r, 50));
}
const windowMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const serviceCpu = serviceCpuMs() - serviceCpuBefore;
loopDelay.disable();
clearInterval(sampler);
rssPeak = Math.max(rssPeak, rssMiB());
latencies.sort((a, b) => a - b);
const sortedValues = (values) => [...values].sort((a, b) => a - b);
const answers = sortedValues(answeredIn);
const firsts = sortedValues(firstReceipt.values());
const lasts = sortedValues(lastReceipt.values());
const titleOf = (i) => `Fanout ${RUN} ${i}`;
const firstImport = sortedValues(latenciesOf.get(titleOf(0)) ?? []);
const rest = sortedValues([...latenciesOf.entries()].filter(([title]) => title !== titleOf(0)).flatMap(([, l]) => l));
if (process.env.TIMELINE === '1') {
  const wall = (title, offset) => (offset === undefined ? null : Math.round(performance.timeOrigin + sentAt.get(title) + offset));
  for (let i = 0; i < IMPORTS; i++) {
    const title = titleOf(i);
    console.error(JSON.stringify({ import: i, id: nodeOf.get(title) ?? null, sent_at: wall(title, 0), answered_at: wall(title, answeredAt.get(title)),
      first_receipt_at: wall(title, firstReceipt.get(title)), last_receipt_at: wall(title, lastReceipt.get(title)),
      received: latenciesOf.get(title)?.length ?? 0 }));
  }
}
console.log(JSON.stringify({
  clients: CLIENTS, warmup: WARMUP, imports: IMPORTS, rate: RATE, imports_not_created: notCreated, expected, delivered, lost: expected - delivered, errors,
  p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99), max_ms: percentile(latencies, 100),
  // the first import (on a fresh service, unless WARMUP) apart from the others
  first_import_p50_ms: percentile(firstImport, 50), first_import_p99_ms: percentile(firstImport, 99),
  rest_p50_ms: percentile(rest, 50), rest_p99_ms: percentile(rest, 99),
  rss_before_mib: rssBefore, rss_subscribed_mib: rssSubscribed, rss_peak_mib: rssPeak,
  rss_growth_mib: rssPeak - rssBefore,
  // per import: its HTTP answer (after the commit), and its first and last receipt among the clients
  import_answer_p50_ms: percentile(answers, 50), import_answer_max_ms: percentile(answers, 100),
  first_receipt_p50_ms: percentile(firsts, 50), last_receipt_p50_ms: percentile(lasts, 50),
  // the service's CPU from the first import until the last receipt (the imports included)
  service_cpu_ms: Math.round(serviceCpu),
  // this client process: its CPU from the first import until the last receipt, and how late its event loop ran
  client_cpu_pct: Math.round(((cpu.user + cpu.system) / 1000 / windowMs) * 100),
  client_loop_delay_p99_ms: Math.round(loopDelay.percentile(99) / 1e6), client_loop_delay_max_ms: Math.round(loopDelay.max / 1e6),
}));
sockets.forEach((s) => s.terminate());
process.exit(0);
