import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Properties, PropertyValue } from '../../../schema/model';
import type { NodeRecord, RelationshipRecord } from '../../../schema/records';
import {
  bestOutcomeCandidate,
  figureKey,
  outcomeEdge,
  type OutcomeCandidate,
  type OutcomeEdge,
  type OutcomeTarget,
} from '../../outcome-choice';

interface Figure {
  label: 'Target' | 'Indicator';
  /** metricKey|year, null when either is missing. */
  key: string | null;
  normUnit: PropertyValue | undefined;
}

/** A REPORTS edge, without its evidence (which waits in the spill file). */
interface Report {
  indicatorId: string;
  reportKey: string;
  confidence: PropertyValue | undefined;
  documentId: string;
}

/**
 * OUTCOME_OF for an export that streams documents: the embedded store links each target
 * again after every write, which, with no document replaced, leaves every target linked
 * to the answer chosen from the whole graph. So this keeps what the choice reads, and
 * nothing else: the figure of each target and indicator (after merging), the subjects of
 * each target, each subject's REPORTS edges without their evidence, and each document's
 * date. The evidence of the REPORTS edges goes to a spill file and is read back only for
 * the edges chosen. store/outcome-choice.ts chooses, as in both stores.
 */
export class OutcomeLinks {
  private readonly figures = new Map<string, Figure>();
  private readonly published = new Map<string, string>();
  private readonly subjectsOf = new Map<string, Set<string>>();
  private readonly reportsOf = new Map<string, Report[]>();
  private pending: string[] = [];

  constructor(private readonly spillFile: string) {
    writeFileSync(spillFile, '');
  }

  /** An edge of a document, as exported (one per key). */
  addEdge(rel: RelationshipRecord, key: string): void {
    if (rel.type === 'TARGETS') {
      let subjects = this.subjectsOf.get(rel.to);
      if (!subjects) this.subjectsOf.set(rel.to, (subjects = new Set()));
      subjects.add(rel.from);
    } else if (rel.type === 'REPORTS') {
      let reports = this.reportsOf.get(rel.from);
      if (!reports) this.reportsOf.set(rel.from, (reports = []));
      reports.push({
        indicatorId: rel.to,
        reportKey: key,
        confidence: rel.properties.confidence,
        documentId: rel.properties.documentId,
      });
      this.pending.push(JSON.stringify([key, rel.properties]));
      if (this.pending.length >= 1000) this.flush();
    }
  }

  /** A node after merging. */
  addNode(node: NodeRecord): void {
    if (node.label === 'Document') {
      this.published.set(node.id, String(node.properties.publishedAt ?? ''));
    } else if (node.label === 'Target' || node.label === 'Indicator') {
      const key = figureKey(node.properties);
      this.figures.set(node.id, { label: node.label, key, normUnit: node.properties.normUnit });
    }
  }

  /** The OUTCOME_OF edges, once every node and edge has been added, in key order. */
  edges(): OutcomeEdge[] {
    this.flush();
    const chosen = new Map<string, { target: OutcomeTarget; candidate: OutcomeCandidate }[]>();
    for (const [targetId, subjects] of this.subjectsOf) {
      const figure = this.figures.get(targetId);
      if (figure?.label !== 'Target' || figure.key === null) continue;
      const candidates: OutcomeCandidate[] = [];
      for (const subject of subjects) {
        for (const report of this.reportsOf.get(subject) ?? []) {
          const indicator = this.figures.get(report.indicatorId);
          if (indicator?.label !== 'Indicator' || indicator.key !== figure.key) continue;
          candidates.push({
            indicatorId: report.indicatorId,
            normUnit: indicator.normUnit,
            reportKey: report.reportKey,
            reportProperties: report.confidence === undefined ? {} : { confidence: report.confidence },
            published: this.published.get(report.documentId) ?? '',
          });
        }
      }
      const target = { id: targetId, normUnit: figure.normUnit };
      const candidate = bestOutcomeCandidate(target, candidates);
      if (!candidate) continue;
      const list = chosen.get(candidate.reportKey) ?? [];
      list.push({ target, candidate });
      chosen.set(candidate.reportKey, list);
    }
    // The chosen edges with the full evidence of their REPORTS edge, read back from the spill.
    const edges: OutcomeEdge[] = [];
    for (const line of readFileSync(this.spillFile, 'utf8').split('\n')) {
      if (line === '') continue;
      const [reportKey, reportProperties] = JSON.parse(line) as [string, Properties];
      for (const { target, candidate } of chosen.get(reportKey) ?? [])
        edges.push(outcomeEdge(target, { ...candidate, reportProperties }));
    }
    return edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    appendFileSync(this.spillFile, `${this.pending.join('\n')}\n`);
    this.pending = [];
  }
}
