Feature: ALN determination - before, at and after compulsory school age
  The Act turns on compulsory school age without defining it. Below it, a child has a learning
  difficulty or disability only if likely (or likely without ALP) to meet s.2(2) when of
  compulsory school age (s.2(3)); from it, s.2(2) applies directly, and it goes on applying to a
  young person over compulsory school age (under 25). Compulsory school age starts on the
  prescribed day (31 March, 31 August or 31 December) on or after the fifth birthday (Education
  Act 1996 s.8; SI 1998/1607) and ends on the school leaving date, the last Friday in June of the
  school year in which the learner turns 16 (SI 1997/1970).

  # s.2(3), s.3(1): aged three or over but under compulsory school age, likely to meet s.2(2) at school age
  Scenario: s.2(3) - a four-year-old likely to meet the definition at school age who needs provision beyond nursery education has ALN
    Given the decision is made in "bridgend" on "2025-10-01"
    And the learner was born on "2021-06-15"
    And the learner's "setting.kind" is "MAINTAINED_NURSERY"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | true  |
      | provision.reasonableAdjustmentsConsidered         | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "below-compulsory-school-age-calls-for-additional-learning-provision"
    And the deciding rule cites "s.2(3)"
    And the deciding rule cites "s.3(1)"
    And no facts are missing

  # s.2(3): under compulsory school age and not likely to meet s.2(2) at that age - no learning difficulty or disability
  Scenario: s.2(3) - a four-year-old not likely to meet the definition at school age has no ALN
    Given the decision is made in "bridgend" on "2025-10-01"
    And the learner was born on "2021-06-15"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | false |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "below-compulsory-school-age-not-likely-to-meet-definition"
    And the deciding rule cites "s.2(3)"
    And no facts are missing

  # s.2(2)-(3) with Education Act 1996 s.8(2) and SI 1998/1607: the s.2(3) test applies up to the day before the
  # prescribed day on or after the fifth birthday; from that day s.2(2) applies. This child was assessed as likely
  # to meet s.2(2) at school age but has neither a significantly greater difficulty nor a hindering disability.
  Scenario Outline: s.2(2)-(3) - compulsory school age starts on the prescribed day after the fifth birthday (born <born>, decided <decision date>)
    Given the decision is made in "rhondda-cynon-taf" on "<decision date>"
    And the learner was born on "<born>"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | needs.significantlyGreaterDifficulty              | false |
      | needs.disabilityHindersUseOfFacilities            | false |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | true  |
      | provision.reasonableAdjustmentsConsidered         | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the reason for rule "below-compulsory-school-age-not-likely-to-meet-definition" shows "age.belowCompulsorySchoolAge" as "<below school age>"
    And the outcome is "<outcome>"
    And the deciding rule is "<deciding rule>"

    Examples: prescribed day 31 March
      | born       | decision date | below school age | outcome | deciding rule                                                       |
      | 2020-01-15 | 2025-03-30    | true             | HAS_ALN | below-compulsory-school-age-calls-for-additional-learning-provision |
      | 2020-01-15 | 2025-03-31    | false            | NO_ALN  | no-learning-difficulty-or-disability                                |

    Examples: prescribed day 31 August
      | born       | decision date | below school age | outcome | deciding rule                                                       |
      | 2020-04-10 | 2025-08-30    | true             | HAS_ALN | below-compulsory-school-age-calls-for-additional-learning-provision |
      | 2020-04-10 | 2025-08-31    | false            | NO_ALN  | no-learning-difficulty-or-disability                                |

    Examples: prescribed day 31 December
      | born       | decision date | below school age | outcome | deciding rule                                                       |
      | 2020-09-10 | 2025-12-30    | true             | HAS_ALN | below-compulsory-school-age-calls-for-additional-learning-provision |
      | 2020-09-10 | 2025-12-31    | false            | NO_ALN  | no-learning-difficulty-or-disability                                |

    Examples: fifth birthday on a prescribed day starts compulsory school age that day
      | born       | decision date | below school age | outcome | deciding rule                                                       |
      | 2020-03-31 | 2025-03-30    | true             | HAS_ALN | below-compulsory-school-age-calls-for-additional-learning-provision |
      | 2020-03-31 | 2025-03-31    | false            | NO_ALN  | no-learning-difficulty-or-disability                                |

  # s.2(2) applies to a child of compulsory school age and equally to a young person over it (under 25); the end of
  # compulsory school age (Education Act 1996 s.8(3); SI 1997/1970: last Friday in June of the school year in which
  # the learner turns 16) therefore does not change the answer. A 16th birthday on or after 1 September moves the
  # leaving date to the next June.
  Scenario Outline: s.2(2) - crossing the school leaving date does not change ALN (born <born>, decided <decision date>, <stage>)
    Given the decision is made in "caerphilly" on "<decision date>"
    And the learner was born on "<born>"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "learning-difficulty-calls-for-additional-learning-provision"
    And the reason for rule "learning-difficulty-calls-for-additional-learning-provision" shows "age.belowCompulsorySchoolAge" as "false"
    And no facts are missing

    Examples:
      | born       | decision date | stage                                                   |
      | 2009-05-20 | 2025-06-27    | child: last Friday in June of the year they turn 16     |
      | 2009-05-20 | 2025-06-28    | young person: the day after the school leaving date     |
      | 2009-09-10 | 2026-06-26    | child: turned 16 in September, leaving date next June   |
      | 2009-09-10 | 2026-06-27    | young person: the day after that leaving date           |
