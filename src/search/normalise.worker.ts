// Worker thread of a full reindex: turns source documents into index documents (the CPU-bound
// normalisation) while the main thread reads and writes the database.
import { parentPort } from 'node:worker_threads';
import { toIndexDocument, type SourceDocument } from './search.documents.js';

parentPort?.on('message', (message: { id: number; docs: SourceDocument[] }) => {
  parentPort?.postMessage({ id: message.id, docs: message.docs.map(toIndexDocument) });
});
