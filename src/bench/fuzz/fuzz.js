// Fuzzes every operation of openapi/loopline.yaml against a running service and fails on any 5xx.
// Invalid paths, methods, path and query parameters come from openapi-fuzzer-core (it reads Swagger-2-style
// parameters, so each OpenAPI 3.1 parameter's schema is lifted onto it); request bodies are generated here from
// the components' schemas: valid ones, then one mutation each (wrong type, missing or unknown field, huge or
// hostile string, bad enum, deep nesting). Usage: node fuzz.js BASE_URL TOKENS_JSON COUNT
const fs = require('fs');
const YAML = require('yaml');
const fuzzer = require('openapi-fuzzer-core');

const [base, tokensJson, countArg] = process.argv.slice(2);
const tokens = JSON.parse(tokensJson);
const count = Number(countArg || 10000);
const spec = YAML.parse(fs.readFileSync(`${__dirname}/../../../openapi/loopline.yaml`, 'utf8'));
const schemas = spec.components.schemas;
let seed = 42;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (list) => list[Math.floor(random() * list.length)];
const HOSTILE = ["' or '1'='1", '<script>alert(1)</script>', '${jndi:ldap://x}', '\u0000', '🙂', 'x'.repeat(3000),
  '-1', '1e309', 'null', '../../etc/passwd'];

function resolve(schema) {
  return schema && schema.$ref ? schemas[schema.$ref.split('/').pop()] : schema || {};
}

function sample(schema, depth = 0) {
  schema = resolve(schema);
  if (schema.enum) return pick(schema.enum);
  if (schema.oneOf || schema.anyOf) return sample(pick(schema.oneOf || schema.anyOf), depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out = {};
      for (const [name, property] of Object.entries(schema.properties || {})) {
        if (depth < 4 && (random() < 0.8 || (schema.required || []).includes(name))) out[name] = sample(property, depth + 1);
      }
      return out;
    }
    case 'array': return depth < 4 ? [sample(schema.items, depth + 1)] : [];
    case 'integer': return Math.floor(random() * 10);
    case 'number': return Math.round(random() * 1000) / 10;
    case 'boolean': return random() < 0.5;
    default:
      if (schema.format === 'date-time') return new Date(Date.now() - random() * 1e9).toISOString();
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-' + String(Math.floor(random() * 1e12)).padStart(12, '0');
      return 'fuzz-' + Math.floor(random() * 1e6);
  }
}

function mutate(body) {
  const keys = Object.keys(body || {});
  const key = keys.length ? pick(keys) : 'field';
  const copy = Object.assign({}, body);
  switch (Math.floor(random() * 7)) {
    case 0: copy[key] = pick([42, true, [], {}, null]); return copy;
    case 1: delete copy[key]; return copy;
    case 2: copy['unknown_' + key] = 'x'; return copy;
    case 3: copy[key] = pick(HOSTILE); return copy;
    case 4: copy[key] = 'NOT_AN_ENUM_VALUE'; return copy;
    case 5: copy[key] = JSON.parse('['.repeat(600) + ']'.repeat(600)); return copy;
    default: return pick([[], 'text', 17, null]);
  }
}

function roleFor(operation) {
  const scopes = ((operation.security || [])[0] || {}).bearer || [];
  return scopes.length ? pick(scopes) : 'admin';
}

function url(path, pathParams = {}, queryParams = {}) {
  let filled = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(pathParams[name] ?? sample({ format: 'uuid' })));
  const query = new URLSearchParams(Object.entries(queryParams).map(([k, v]) => [k, String(v)])).toString();
  return base + filled + (query ? '?' + query : '');
}

// Swagger-2-style view of the 3.1 contract for openapi-fuzzer-core: parameters carry their schema's type.
const swaggerish = { basePath: '', paths: {} };
for (const [route, item] of Object.entries(spec.paths)) {
  swaggerish.paths[route] = {};
  for (const [method, operation] of Object.entries(item)) {
    swaggerish.paths[route][method] = Object.assign({}, operation, {
      parameters: (operation.parameters || []).map((p) => Object.assign({}, resolve(p.schema), p)),
    });
  }
}
const generated = fuzzer.swagger(swaggerish).map((s) => ({
  method: s.request.method, url: url(s.request.path, s.request.pathParams, s.request.queryParams),
  role: 'admin', body: undefined,
}));

const operations = [];
for (const [route, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) operations.push({ route, method, operation });
}
const requests = [...generated];
while (requests.length < count) {
  const { route, method, operation } = pick(operations);
  const bodySchema = operation.requestBody && operation.requestBody.content['application/json'];
  const valid = bodySchema ? sample(bodySchema.schema) : undefined;
  requests.push({ method, url: url(route), role: roleFor(operation),
    body: bodySchema ? (random() < 0.3 ? valid : mutate(valid)) : undefined });
}

(async () => {
  const statuses = {};
  const failures = [];
  let sent = 0;
  const worker = async () => {
    while (sent < requests.length) {
      const r = requests[sent++];
      const headers = { Authorization: 'Bearer ' + tokens[r.role], 'Content-Type': 'application/json' };
      let status;
      try {
        const response = await fetch(r.url, { method: r.method.toUpperCase(), headers,
          body: r.body === undefined ? undefined : JSON.stringify(r.body) });
        status = response.status;
        await response.arrayBuffer();
      } catch (e) {
        status = 'error';
      }
      statuses[status] = (statuses[status] || 0) + 1;
      if (status === 'error' || status >= 500) failures.push(`${status} ${r.method.toUpperCase()} ${r.url.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(JSON.stringify({ requests: requests.length, fromFuzzerCore: generated.length, statuses,
    failures: failures.slice(0, 20), failureCount: failures.length }));
  process.exit(failures.length ? 1 : 0);
})();
