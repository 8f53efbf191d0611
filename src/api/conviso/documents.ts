/**
 * The GraphQL documents the dashboard sends to Conviso (`POST /graphql`, `x-api-key`). Seed 002 documents
 * the `ExecutionCredit` type and that the `executionCredit` query returns it; the rest is assumed here,
 * in one place, so it is easy to correct against the live schema:
 * - the query takes the company (scope) and the credit type: `executionCredit(companyId, creditType)`,
 *   and answers null when the company has no credit of that type;
 * - `ExecutionCreditTransaction` has `id`, `transactionType` (DEBIT or REFUND), `amount` (credits),
 *   `description` and `createdAt`.
 * A field the server does not know comes back as a GraphQL error, which the page shows as such.
 */

/** The credit types of `ExecutionCreditTypeEnum` the seed names (AI Pentest, DAST). */
export const creditTypes = ['AI_PENTEST', 'DAST'] as const

/** `AI_PENTEST` → `aiPentest`: one alias per credit type, so one request reads them all. */
export function aliasOf(creditType: string): string {
  return creditType.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}

const creditFields = `fragment ExecutionCreditFields on ExecutionCredit {
  id
  creditType
  credits
  usedCredits
  rollupType
  updatedAt
}`

const transactionFields = `fragment ExecutionCreditTransactionFields on ExecutionCreditTransaction {
  id
  transactionType
  amount
  description
  createdAt
}`

function creditsDocument(name: string, withTransactions: boolean): string {
  const selection = withTransactions
    ? '{ ...ExecutionCreditFields transactions { ...ExecutionCreditTransactionFields } }'
    : '{ ...ExecutionCreditFields }'
  const fields = creditTypes.map(
    (type) => `  ${aliasOf(type)}: executionCredit(companyId: $companyId, creditType: ${type}) ${selection}`,
  )
  return [
    `query ${name}($companyId: ID!) {`,
    ...fields,
    '}',
    creditFields,
    ...(withTransactions ? [transactionFields] : []),
  ].join('\n')
}

/** The balance of every credit type: small, also the key check on the connection screen. */
export const executionCreditsQuery = {
  operationName: 'ExecutionCredits',
  query: creditsDocument('ExecutionCredits', false),
}

/** The same with every transaction of each credit: the usage page's rows. */
export const executionCreditTransactionsQuery = {
  operationName: 'ExecutionCreditTransactions',
  query: creditsDocument('ExecutionCreditTransactions', true),
}

export type GraphqlDocument = typeof executionCreditsQuery
