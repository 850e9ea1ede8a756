// What a Relay app writes: a fragment on Organization that can refetch itself (relay-compiler generates the
// refetch query over Query.node) and the query that spreads it. e2e/tests/relay.test.js compiles this file
// against the service's schema; it is source for the compiler, never run as it is.
import { graphql } from 'relay-runtime';

export const organizationCard = graphql`
  fragment OrganizationCard_organization on Organization
  @refetchable(queryName: "OrganizationCardRefetchQuery") {
    id
    name
    kind
    country
    events(first: 3) {
      totalCount
      edges { node { id title occurredOn } }
    }
  }
`;

export const organizationPage = graphql`
  query OrganizationPageQuery($name: String!) {
    organizationByName(name: $name) {
      ...OrganizationCard_organization
    }
  }
`;
