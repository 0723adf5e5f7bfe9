Feature: Statutory timescales - what a request must hold and when the timescales decision is made
  Events are what has already happened, so none may be dated after the decision date; a pause or
  a delay beyond control must give its reason (the contract, protos/aln/decisions/v1/decisions.proto:
  "For CLOCK_PAUSED and DELAY_BEYOND_CONTROL: one of the reasons the authority's rules list"). A
  case whose events start no statutory period has no deadlines. Asked for every applicable
  decision, the service works out timescales only when the case has events.

  Background:
    Given the case reference is "timescales-requests"
    And the decision is made in "gwynedd" on "2025-10-10"
    And the learner was born on "2015-03-02"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "gwynedd"
    And the learner's "setting.reference" is "ysgol-brynrefail"

  # Contract: an event dated after the decision date has not happened yet.
  Scenario: Contract - an event dated after the decision date is rejected
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-11" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the request is rejected for the field "events[0].date"

  # Contract edge: an event on the decision date itself has happened. Code 12.12 [S]: day 1 is the next school
  # day, so nothing is due yet.
  Scenario: Contract - an event dated on the decision date is accepted
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-10" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "DEADLINES_COMPUTED"
    And the deadline "school-decision-35-school-days" has status "OPEN"

  # Contract; brief B5: a pause must say why, so it can be checked against the listed reasons.
  Scenario: Contract - a clock pause without a reason is rejected
    Given the clock of "school-decision-35-school-days" is paused on "2025-10-06" because ""
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the request is rejected for the field "events[0].reason"

  # Contract; regs 10(4), 11(3) [P]: an excuse is the recorded circumstance beyond the body's control.
  Scenario: Contract - a delay beyond control recorded without a reason is rejected
    Given the event "S20_REFERRAL_RECEIVED" on "2025-09-01" by "NHS_BODY"
    And a delay beyond control of "nhs-reply-to-s20-referral-6-weeks" is recorded on "2025-10-01" because ""
    When the "STATUTORY_TIMESCALES" decision is made
    Then the request is rejected for the field "events[1].reason"

  # rules/national/statutory-timescales.json: a reply with nothing asked of anyone starts no period.
  Scenario: Brief B5 - a case whose only event is a reply has no deadlines
    Given the event "RESPONSE_GIVEN" on "2025-10-01" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And no facts are missing

  # Code 12.12, 11.17 [S]: the 35 school days and the 12 weeks are the school's and the authority's duties; a
  # concern raised with an NHS body starts neither.
  Scenario: Code 12.12 - a possible ALN brought to an NHS body's attention starts no school or authority clock
    Given the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "NHS_BODY"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "NO_DEADLINES"
    And there is no deadline "school-decision-35-school-days"
    And there is no deadline "authority-decision-12-weeks"

  # s.11(1), (3)(c) [P]; Code 12.12 and 12.21 [S]: whether the 35 days run (a child's from attention; a young person's only
  # with consent) depends on whether the learner is over compulsory school age, which needs the date of birth, and for a
  # young person on their consent, so both are asked for (before issue 9 only the date of birth was)
  Scenario: Code 12.12 and 12.21 - without a date of birth or consent the service cannot tell whether a clock runs
    Given the learner's "dateOfBirth" is unknown
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.consent, learner.dateOfBirth"

  # s.11(1) [P]: a child's clock does not depend on consent, so with the date of birth unknown but consent recorded as
  # refused the child's clock would still run: only the date of birth is asked for
  Scenario: s.11(1) - without a date of birth, a refusal of consent does not settle whether a clock runs
    Given the learner's "dateOfBirth" is unknown
    And the learner's "consent" is "REFUSED"
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When the "STATUTORY_TIMESCALES" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.dateOfBirth"

  # DecisionEngine: "Timescales come from events". Code 12.12 [S]: a school's 35 school days from 2025-10-01
  # (counted in school-decision-35-school-days.feature). The learner lives in Gwynedd and is not looked after, so the
  # cross-border decision does not apply and is left out; ALN_DETERMINATION is always answered.
  Scenario: Every applicable decision - a case with events includes the statutory timescales
    Given the learner's "homeAuthority" is "gwynedd"
    And the learner's "lookedAfter" is false
    And the event "BROUGHT_TO_ATTENTION" on "2025-10-01" by "SCHOOL"
    When every applicable decision is made
    Then the "STATUTORY_TIMESCALES" outcome is "DEADLINES_COMPUTED"
    And the decision kinds are "ALN_DETERMINATION, STATUTORY_TIMESCALES"

  # DecisionEngine: with no events there is nothing to time, so no timescales decision is made.
  Scenario: Every applicable decision - a case without events has no statutory timescales decision
    Given the learner's "homeAuthority" is "gwynedd"
    And the learner's "lookedAfter" is false
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION"
