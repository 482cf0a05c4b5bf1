/**
 * Which documents mention each node, counted per MENTIONED_IN edge (a node mentioned
 * twice in one document has two edges). Kept beside the graph so that a node's
 * documentIds cost nothing to read, even for a district that a thousand reports mention.
 */
export class MentionIndex {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly sorted = new Map<string, string[]>();

  add(nodeId: string, documentId: string): void {
    let documents = this.counts.get(nodeId);
    if (!documents) {
      documents = new Map();
      this.counts.set(nodeId, documents);
    }
    documents.set(documentId, (documents.get(documentId) ?? 0) + 1);
    this.sorted.delete(nodeId);
  }

  remove(nodeId: string, documentId: string): void {
    const documents = this.counts.get(nodeId);
    const count = documents?.get(documentId);
    if (!documents || count === undefined) return;
    if (count > 1) documents.set(documentId, count - 1);
    else documents.delete(documentId);
    if (documents.size === 0) this.counts.delete(nodeId);
    this.sorted.delete(nodeId);
  }

  /** The documents mentioning a node, sorted; the array is shared, callers must copy it. */
  documentsOf(nodeId: string): readonly string[] {
    let documents = this.sorted.get(nodeId);
    if (!documents) {
      documents = [...(this.counts.get(nodeId)?.keys() ?? [])].sort();
      this.sorted.set(nodeId, documents);
    }
    return documents;
  }
}
