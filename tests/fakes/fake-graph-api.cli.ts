// Runs the fake Graph API on its own for trying the Cloud transport by hand:
//   npx tsx tests/fakes/fake-graph-api.cli.ts [port]
// then start the server with WHATSAPP_CLOUD_API_ROOT=http://127.0.0.1:<port> and the test credentials it
// prints. Every message the server sends is printed as one JSON line.
import { APP_SECRET, GRAPH_TOKEN, GRAPH_VERSION, PHONE_NUMBER_ID, startFakeGraphApi, VERIFY_TOKEN } from './fake-graph-api.ts';

const graph = await startFakeGraphApi({ port: Number(process.argv[2] ?? 0) });
process.stdout.write(
  `fake Graph API on ${graph.root}\nWHATSAPP_CLOUD_API_ROOT=${graph.root} WHATSAPP_CLOUD_PHONE_NUMBER_ID=${PHONE_NUMBER_ID} WHATSAPP_CLOUD_ACCESS_TOKEN=${GRAPH_TOKEN} WHATSAPP_CLOUD_APP_SECRET=${APP_SECRET} WHATSAPP_CLOUD_VERIFY_TOKEN=${VERIFY_TOKEN} WHATSAPP_CLOUD_API_VERSION=${GRAPH_VERSION}\n`,
);
let printed = 0;
setInterval(() => {
  for (; printed < graph.messages.length; printed++) process.stdout.write(`${JSON.stringify(graph.messages[printed])}\n`);
}, 200);
process.on('SIGTERM', () => void graph.close().then(() => process.exit(0)));
process.on('SIGINT', () => void graph.close().then(() => process.exit(0)));
