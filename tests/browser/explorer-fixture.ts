import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocuments, type LoadSummary } from '../../loaders/load';
import type { DocumentSource } from '../../loaders/types';
import { createServer, serverConfigFromEnv, type TowngraphServer } from '../../server';
import { openStore, type GraphStore } from '../../store';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_PATH };

const SEEDS = join(__dirname, '..', '..', 'seeds');

interface SeedEntry {
  file: string;
  title: string;
  publisher: string;
  date: string;
  place: string;
  district: string;
  city: string;
}

/** The seed documents with the metadata of seeds/manifest.json, as the load step takes them. */
function seedSources(): DocumentSource[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as {
    documents: SeedEntry[];
  };
  return manifest.documents.map((entry) => ({
    name: entry.file,
    open: async () => ({
      name: entry.file,
      bytes: readFileSync(join(SEEDS, entry.file)),
      source: `seeds/${entry.file}`,
      title: entry.title,
      publisher: entry.publisher,
      publishedAt: entry.date,
      place: entry.place,
      district: entry.district,
      city: entry.city,
    }),
  }));
}

export interface ExplorerFixture {
  store: GraphStore;
  server: TowngraphServer;
  summary: LoadSummary;
  /** Origin of the server, e.g. http://127.0.0.1:41234. */
  origin: string;
  browser: Browser;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  pageErrors: string[];
  /** Asks the API directly, to compare what the page shows with what the API holds. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real server over a memory store holding the seed documents (or the given ones) (extracted by the
 * loaders' extractDocument through the load step), on a free port of the loopback
 * address, and a browser page opened on it.
 */
export async function startExplorer(options: { sources?: DocumentSource[] } = {}): Promise<ExplorerFixture> {
  const store = await openStore({ backend: 'memory' });
  const summary = await loadDocuments({ store, sources: options.sources ?? seedSources() });
  const server = createServer({
    store,
    config: { ...serverConfigFromEnv({}), host: '127.0.0.1', graphiql: false },
  });
  const { url } = await server.listen(0);
  const origin = new URL(url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1400 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const close = async (): Promise<void> => {
    await browser.close();
    await server.close();
    await store.close();
  };
  return { store, server, summary, origin, browser, page, pageErrors, graphql, close };
}
