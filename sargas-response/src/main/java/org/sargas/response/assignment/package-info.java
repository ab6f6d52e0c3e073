/**
 * The raid assignment problem, free of geography: threats, the shots each effector can take at each
 * threat (probability of kill, cost, order), stock per effector, a per-threat leak bound with a
 * penalty, and the rule that a drone is never given a missile while a gun or jammer that could take
 * it has rounds left. Solvers: {@link org.sargas.response.assignment.GreedyLocalSearchAssigner}
 * (any size) and {@link org.sargas.response.assignment.BranchAndBoundAssigner} (exact within a node
 * budget); see docs/decisions/0701-response.md for why.
 */
package org.sargas.response.assignment;
