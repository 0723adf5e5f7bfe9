Feature: ALN determination - out of scope by age or by date
  The Act covers children and young people; a young person is over compulsory school age and
  under 25 (s.99, as the Explanatory Notes para 6 explain [P]), so a learner aged 25 or over is outside it (OUT_OF_SCOPE). The ALN system began on
  1 September 2021, so a decision dated before that has no rule set in force
  (NO_RULE_SET_IN_FORCE).

  # s.99 (Explanatory Notes para 6 [P]): "young person" is over compulsory school age and under 25
  Scenario: s.99 - a learner aged 30 is out of scope, and no other fact is asked for
    Given the case reference is "scope-30"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "1995-02-01"
    And the learner's "needs.significantlyGreaterDifficulty" is true
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "OUT_OF_SCOPE"
    And the deciding rule is "aged-25-or-over"
    And the deciding rule cites "Explanatory Notes para 6 (on s.99)"
    And no facts are missing
    And the English summary contains "aged 25 or over"
    And a next step in English contains "Equality Act 2010"
    And every reason has text in English and Welsh and a citation

  # s.99 (EN para 6): a young person is under 25 - the day before the 25th birthday the Act still applies; on it, it does not
  Scenario Outline: s.99 - the 25th birthday ends the Act's application (<when>)
    Given the decision is made in "swansea" on "<decision date>"
    And the learner was born on "2000-10-01"
    And the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner has these facts:
      | fact                                      | value |
      | needs.solelyLanguageOfHome                | false |
      | needs.significantlyGreaterDifficulty      | true  |
      | needs.disabilityHindersUseOfFacilities    | false |
      | provision.metByUniversalProvision         | false |
      | provision.additionalOrDifferentRequired   | true  |
      | provision.reasonableAdjustmentsConsidered | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<deciding rule>"

    Examples:
      | when                       | decision date | outcome      | deciding rule                                               |
      | the day before, aged 24    | 2025-09-30    | HAS_ALN      | learning-difficulty-calls-for-additional-learning-provision |
      | the 25th birthday          | 2025-10-01    | OUT_OF_SCOPE | aged-25-or-over                                             |

  # ALN system commencement 1 September 2021 (rule set effectiveFrom; domain brief rule source notes)
  Scenario: Commencement - a decision dated 31 August 2021, before the ALN system began, has no rule set in force
    Given the decision is made in "cardiff" on "2021-08-31"
    And the learner was born on "2015-03-15"
    And the learner's "needs.solelyLanguageOfHome" is true
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_RULE_SET_IN_FORCE"
    And the decision kinds are "ALN_DETERMINATION"
    And the English summary contains "2021-08-31"

  # ALN system commencement 1 September 2021: from that day the Act's ss.2-3 rules decide
  Scenario: Commencement - a decision dated 1 September 2021 is made under the rule set in force from that day
    Given the decision is made in "cardiff" on "2021-09-01"
    And the learner was born on "2015-03-15"
    And the learner's "needs.solelyLanguageOfHome" is true
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "difficulty-solely-from-language-of-home"
    And the decision used rule set "national.aln-determination" version "2021-09-01"
