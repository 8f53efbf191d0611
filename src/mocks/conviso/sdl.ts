/**
 * The part of Conviso's GraphQL schema the demo serves. `ExecutionCredit` is as seed 002 documents it;
 * the query's arguments and `ExecutionCreditTransaction`'s fields are the assumptions written down in
 * src/api/conviso/documents.ts. The demo executes the app's documents against it, so a document that
 * asks for a field or argument not here fails in the tests as it would against the server.
 */
export const convisoSdl = /* GraphQL */ `
  "An ISO 8601 date-time."
  scalar ISO8601DateTime

  enum ExecutionCreditTypeEnum {
    AI_PENTEST
    DAST
  }

  enum ExecutionCreditRollupTypeEnum {
    MONTHLY
    YEARLY
    NONE
  }

  enum ExecutionCreditTransactionTypeEnum {
    DEBIT
    REFUND
  }

  type Company {
    id: ID!
    label: String!
  }

  "A debit (credits used by an execution) or a refund (credits given back)."
  type ExecutionCreditTransaction {
    id: ID!
    transactionType: ExecutionCreditTransactionTypeEnum!
    amount: Int!
    description: String
    createdAt: ISO8601DateTime!
  }

  "Represents a credit balance assigned to a company for execution usage"
  type ExecutionCredit {
    company: Company!
    companyId: ID!
    createdAt: ISO8601DateTime!
    creditType: ExecutionCreditTypeEnum!
    credits: Int!
    deletedAt: ISO8601DateTime
    id: ID!
    rollupType: ExecutionCreditRollupTypeEnum!
    transactions: [ExecutionCreditTransaction!]!
    updatedAt: ISO8601DateTime!
    usedCredits: Int!
  }

  type Query {
    executionCredit(companyId: ID!, creditType: ExecutionCreditTypeEnum!): ExecutionCredit
  }
`
