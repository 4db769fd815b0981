import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createClient, parseLinkHeader } from "@quire/client";
import { BASE, json, scriptedServer } from "./support.js";

describe("Link headers", () => {
  test("names each target by relation, commas inside the URL included", () => {
    const links = parseLinkHeader(
      '<https://cms.example.org/api/v1/articles?sort=title,asc&page=0>; rel="first", ' +
        '<https://cms.example.org/api/v1/articles?sort=title,asc&after=MQp>; rel="next", ' +
        "<https://cms.example.org/api/v1/articles?sort=title,asc&page=4>; rel=last",
    );
    assert.deepEqual(links, {
      first: "https://cms.example.org/api/v1/articles?sort=title,asc&page=0",
      next: "https://cms.example.org/api/v1/articles?sort=title,asc&after=MQp",
      last: "https://cms.example.org/api/v1/articles?sort=title,asc&page=4",
    });
  });

  test("reads several relations of one link and quoted parameters", () => {
    assert.deepEqual(parseLinkHeader('</a>; title="x, y; z"; rel="next last"'), { next: "/a", last: "/a" });
    assert.deepEqual(parseLinkHeader(null), {});
    assert.deepEqual(parseLinkHeader("garbage"), {});
  });
});

const page = (items: string[], number: number, next: string | null) => ({
  content: items.map((title) => ({ title })),
  page: { size: 2, number, totalElements: 5, totalPages: 3 },
  next,
});

describe("pages", () => {
  test("follow the Link header's next, then the body's, to the last page", async () => {
    const server = scriptedServer(({ url }) => {
      switch (url.searchParams.get("after")) {
        case null:
          return json(page(["a", "b"], 0, `${BASE}/api/v1/articles?size=2&after=one`), {
            headers: { Link: `<${BASE}/api/v1/articles?size=2&after=one>; rel="next"` },
          });
        case "one":
          return json(page(["c", "d"], 1, `${BASE}/api/v1/articles?size=2&after=two`));
        default:
          return json(page(["e"], 2, null));
      }
    });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch, cache: false });

    const first = await quire.articles.list({ size: 2 });
    const titles: string[] = [];
    for await (const p of first.pages()) titles.push(...p.content.map((a) => a.title));

    assert.deepEqual(titles, ["a", "b", "c", "d", "e"]);
    assert.deepEqual(
      server.exchanges.map((e) => e.url.search),
      ["?size=2", "?size=2&after=one", "?size=2&after=two"],
    );
    const items: string[] = [];
    for await (const article of quire.articles.all({ size: 2 })) items.push(article.title);
    assert.deepEqual(items, titles);
  });

  test("a next link to another origin is followed on the client's own, so credentials stay there", async () => {
    const server = scriptedServer(({ url }) =>
      url.searchParams.has("after")
        ? json(page(["c"], 1, null))
        : json(page(["a", "b"], 0, "http://10.0.0.7:8080/api/v1/articles?after=x")),
    );
    const quire = createClient({ baseUrl: BASE, apiKey: "site-key", fetch: server.fetch, cache: false });

    const second = await (await quire.articles.list()).next();

    assert.equal(second?.content[0]?.title, "c");
    assert.equal(server.exchanges[1]?.url.href, `${BASE}/api/v1/articles?after=x`);
    assert.equal(second?.hasNext, false);
    assert.equal(await second?.next(), null);
  });

  test("list options become Quire's query: repeated tags and sorts, one comma-separated fields", async () => {
    const server = scriptedServer(() => json(page([], 0, null)));
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch, cache: false });

    await quire.articles.list({ tag: ["ai", "policy"], q: "export rules", sort: "title,asc", fields: ["id", "title"] });

    const query = server.exchanges[0]?.url.searchParams;
    assert.deepEqual(query?.getAll("tag"), ["ai", "policy"]);
    assert.equal(query?.get("q"), "export rules");
    assert.deepEqual(query?.getAll("sort"), ["title,asc"]);
    assert.equal(query?.get("fields"), "id,title");
  });
});
