/**
 * The operations behind a place's goals-against-outcomes section: which metrics the place
 * has figures for, the series of one metric, and the scorecard of one year.
 */

/** Metric keys and years of the place's goals and of a page of its achieved figures. */
export const PLACE_METRICS_QUERY = /* GraphQL */ `
  query ExplorerPlaceMetrics($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Place {
        targets {
          metricKey
          year
        }
        indicatorPage: indicators(first: 50) {
          edges {
            node {
              metricKey
              year
            }
          }
        }
      }
    }
  }
`;

export const TIMELINE_QUERY = /* GraphQL */ `
  query ExplorerTimeline($id: ID!, $metricKey: String!) {
    node(id: $id) {
      __typename
      id
      ... on Place {
        timeline(metricKey: $metricKey) {
          metric {
            key
            label
            unit
            kind
          }
          points {
            year
            targetValue
            achievedValue
            status
          }
        }
      }
    }
  }
`;

export const SCORECARD_QUERY = /* GraphQL */ `
  query ExplorerScorecard($id: ID!, $year: Int!) {
    scorecard(place: $id, year: $year) {
      year
      met
      missed
      partial
      pending
      unknown
      truncated
      entries {
        target {
          id
          metric
          metricKey
          normalisedValue
          normalisedValueMax
          normalisedUnit
          qualifier
        }
        outcome {
          status
          ratio
          indicator {
            id
            metric
            normalisedValue
          }
        }
      }
    }
  }
`;
