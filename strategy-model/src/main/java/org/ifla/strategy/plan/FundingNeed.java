package org.ifla.strategy.plan;

/** Whether an activity needs funding (the "Funding Needed" column of the 2019-2021 template). */
public enum FundingNeed {
  /** Funding is needed. */
  YES,
  /** No funding is needed. */
  NO,
  /** The plan does not say. */
  NOT_STATED
}
