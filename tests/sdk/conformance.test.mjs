// The official Opper npm SDK (opperai, pinned in package.json) must accept every answer of
// Callpad's demo server. Run with: CALLPAD_DEMO_SERVER=/path/to/callpad-demo-server node --test
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { Opper } from "opperai";
import * as errors from "opperai/models/errors";

const ids = {
  markdownWriter: "0f000001-0000-4000-8000-000000000001",
  markdownWriterLatest: "0e000001-0000-4000-8000-000000000003",
  extractPerson: "0f000002-0000-4000-8000-000000000002",
  extractPersonLatest: "0e000002-0000-4000-8000-000000000002",
  imagePainter: "0f000003-0000-4000-8000-000000000003",
  imagePainterLatest: "0e000003-0000-4000-8000-000000000002",
  storyteller: "0f000004-0000-4000-8000-000000000004",
  storytellerLatest: "0e000004-0000-4000-8000-000000000003",
  missing: "0f0000ff-0000-4000-8000-0000000000ff",
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let server;
let serverLog = "";
let baseURL;
let opper;

async function readBaseUrl(child) {
  const lines = createInterface({ input: child.stdout });
  const timeout = setTimeout(() => child.kill("SIGKILL"), 15000);
  try {
    for await (const line of lines) {
      return line.trim();
    }
    throw new Error(`demo server printed nothing; stderr:\n${serverLog}`);
  } finally {
    clearTimeout(timeout);
  }
}

function assertUsageAndCost(result) {
  const { usage, cost } = result;
  assert.ok(usage.input_tokens > 0);
  assert.ok(usage.output_tokens > 0);
  assert.equal(usage.total_tokens, usage.input_tokens + usage.output_tokens);
  assert.equal(typeof usage.output_tokens_details.reasoning_tokens, "number");
  assert.equal(cost.total, cost.generation + cost.platform);
}

async function collect(stream) {
  const events = [];
  for await (const event of stream.result) {
    events.push(event);
  }
  return events;
}

before(async () => {
  const executable = process.env.CALLPAD_DEMO_SERVER;
  assert.ok(executable, "set CALLPAD_DEMO_SERVER to the callpad-demo-server executable");
  server = spawn(executable, ["--port", "0", "--stream-delay-ms", "1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stderr.on("data", (chunk) => (serverLog += chunk));
  baseURL = await readBaseUrl(server);
  assert.match(baseURL, /^http:\/\/127\.0\.0\.1:\d+\/v2$/);
  opper = new Opper({ httpBearer: "demo-key", serverURL: baseURL });
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = once(server, "exit");
    server.kill("SIGTERM");
    const [code, signal] = await exited;
    // The server stops cleanly on SIGTERM rather than being killed by it.
    assert.equal(signal, null, `server died of ${signal}`);
    assert.equal(code, 0);
  }
});

describe("functions.callRevision", () => {
  test("text function answers a Markdown message", async () => {
    const result = await opper.functions.callRevision(ids.markdownWriter, ids.markdownWriterLatest, {
      input: { topic: "tea", tone: "calm" },
      tags: { suite: "sdk" },
      examples: [{ input: { topic: "a" }, output: "# A", comment: "tiny" }],
    });
    assert.match(result.spanId, uuid);
    assert.match(result.message, /^# Tea/);
    assert.ok(result.message.includes("```"));
    assert.equal(result.jsonPayload, null);
    assert.equal(result.images, null);
    assert.equal(result.cached, false);
    assertUsageAndCost(result);
  });

  test("structured function answers json_payload", async () => {
    const result = await opper.functions.callRevision(ids.extractPerson, ids.extractPersonLatest, {
      input: { text: "Maria Gonzalez, 34, lives in Barcelona; maria@example.org" },
    });
    assert.equal(result.message, null);
    assert.deepEqual(result.jsonPayload, {
      name: "Maria Gonzalez",
      age: 34,
      emails: ["maria@example.org"],
      address: { city: "Barcelona" },
    });
    assert.ok(result.usage.output_tokens_details.reasoning_tokens > 0);
    assertUsageAndCost(result);
  });

  test("repeating a call is reported as cached", async () => {
    const request = { input: { topic: "cache me" } };
    await opper.functions.callRevision(ids.markdownWriter, ids.markdownWriterLatest, request);
    const again = await opper.functions.callRevision(ids.markdownWriter, ids.markdownWriterLatest, request);
    assert.equal(again.cached, true);
    assert.equal(again.cost.generation, 0);
  });

  test("image function answers base64, a data URL and an http URL", async () => {
    const result = await opper.functions.callRevision(ids.imagePainter, ids.imagePainterLatest, {
      input: { prompt: "a red fox", count: 3 },
    });
    assert.equal(result.images.length, 3);
    const [raw, dataUrl, url] = result.images;
    assert.ok(Buffer.from(raw, "base64").subarray(0, 8).equals(pngSignature));
    assert.ok(dataUrl.startsWith("data:image/png;base64,"));
    const fromDataUrl = Buffer.from(dataUrl.slice("data:image/png;base64,".length), "base64");
    assert.ok(fromDataUrl.subarray(0, 8).equals(pngSignature));
    assert.ok(url.startsWith(`${baseURL}/demo-images/`));
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "image/png");
    assert.ok(Buffer.from(await response.arrayBuffer()).subarray(0, 8).equals(pngSignature));
    assertUsageAndCost(result);
  });
});

describe("functions.streamRevision", () => {
  test("text stream starts with span_id and rebuilds the message", async () => {
    const request = { input: { premise: "a lighthouse", hero: "Mira" } };
    const events = await collect(
      await opper.functions.streamRevision(ids.storyteller, ids.storytellerLatest, request),
    );
    assert.match(events[0].data.spanId, uuid);
    assert.ok(events.length > 100);
    const text = events.slice(1).map((event) => event.data.delta).join("");
    const call = await opper.functions.callRevision(ids.storyteller, ids.storytellerLatest, request);
    assert.equal(text, call.message);
  });

  test("structured stream parses with the SDK's string-only delta schema", async () => {
    const events = await collect(
      await opper.functions.streamRevision(ids.extractPerson, ids.extractPersonLatest, {
        input: { text: "Kim Park, 27, kim@x.io, in Seoul" },
      }),
    );
    assert.match(events[0].data.spanId, uuid);
    const deltas = events.slice(1).map((event) => event.data.delta);
    assert.ok(deltas.every((delta) => typeof delta === "string"));
    assert.deepEqual(deltas, ["Kim Park", "27", "kim@x.io", "Seoul"]);
  });
});

describe("catalog", () => {
  test("functions.list pages with meta.total_count", async () => {
    const all = await opper.functions.list(null, "name", 0, 100);
    assert.equal(all.meta.totalCount, 4);
    assert.deepEqual(
      all.data.map((f) => f.name),
      ["demo/extract-person", "demo/image-painter", "demo/markdown-writer", "demo/storyteller"],
    );
    const page = await opper.functions.list(null, "-created", 1, 2);
    assert.equal(page.meta.totalCount, 4);
    assert.equal(page.data.length, 2);
    const filtered = await opper.functions.list("WRITER");
    assert.deepEqual(filtered.data.map((f) => f.id), [ids.markdownWriter]);
    assert.match(filtered.data[0].revisionId, uuid);
  });

  test("revisions.list is newest first", async () => {
    const revisions = await opper.functions.revisions.list(ids.markdownWriter);
    assert.equal(revisions.meta.totalCount, 3);
    assert.equal(revisions.data[0].id, ids.markdownWriterLatest);
    const times = revisions.data.map((r) => r.createdAt.getTime());
    assert.deepEqual([...times].sort((a, b) => b - a), times);
  });

  test("getByRevision parses the fallback-array model and configuration", async () => {
    const fn = await opper.functions.getByRevision(ids.extractPerson, ids.extractPersonLatest);
    assert.equal(fn.name, "demo/extract-person");
    assert.ok(Array.isArray(fn.model));
    assert.equal(fn.configuration.betaInvocationInputValidationEnabled, true);
    assert.equal(fn.outputSchema.type, "object");
  });
});

describe("errors", () => {
  test("404 becomes NotFoundError", async () => {
    await assert.rejects(opper.functions.get(ids.missing), (error) => {
      assert.ok(error instanceof errors.NotFoundError);
      assert.equal(error.statusCode, 404);
      assert.equal(error.detail, "Function not found");
      return true;
    });
  });

  test("422 becomes RequestValidationError with FastAPI rows", async () => {
    await assert.rejects(
      opper.functions.callRevision(ids.extractPerson, ids.extractPersonLatest, { input: {} }),
      (error) => {
        assert.ok(error instanceof errors.RequestValidationError);
        assert.deepEqual(error.detail[0].loc, ["body", "input", "text"]);
        return true;
      },
    );
  });

  test("a missing key becomes UnauthorizedError", async () => {
    const anonymous = new Opper({ serverURL: baseURL });
    await assert.rejects(anonymous.functions.list(), errors.UnauthorizedError);
  });
});
