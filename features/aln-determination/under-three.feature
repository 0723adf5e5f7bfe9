Feature: ALN determination - a child under three
  For a child under three, additional learning provision is educational provision of any kind
  (s.3(2)), and the child has a learning difficulty or disability only if they are, or would be
  without ALP, likely to meet s.2(2) when of compulsory school age (s.2(3)). The s.3(1)
  "additional to or different from" test and reasonable adjustments do not enter into it.

  # ss.2(3), 3(2), 2(1); domain brief part C, example scenario 2
  Scenario: ss.2(3) and 3(2) - a two-year-old likely to meet the definition at school age who needs any educational provision has ALN
    Given the case reference is "u3-delay-01"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2023-05-10"
    And the learner's "setting.kind" is "NON_MAINTAINED_EARLY_YEARS"
    And the learner has these facts:
      | fact                                            | value |
      | needs.solelyLanguageOfHome                      | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | provision.anyEducationalProvisionRequired       | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "HAS_ALN"
    And the deciding rule is "under-three-educational-provision-called-for"
    And the deciding rule cites "s.3(2)"
    And the deciding rule cites "s.2(3)"
    And the reason for rule "under-three-educational-provision-called-for" shows "age.underThree" as "true"
    And no facts are missing
    And a next step in English contains "Early Years ALN Lead Officer"
    And every reason has text in English and Welsh and a citation

  # s.3(2), s.2(1): no educational provision called for means no ALP, so no ALN, whether or not the child is likely to meet s.2(2)
  Scenario: s.3(2) - a two-year-old for whom no educational provision is called for has no ALN
    Given the decision is made in "newport" on "2025-10-01"
    And the learner was born on "2023-05-10"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | false   |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | unknown |
      | provision.anyEducationalProvisionRequired         | false   |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "under-three-no-educational-provision-called-for"
    And no facts are missing
    And a next step in English contains "Early Years ALN Lead Officer"

  # s.2(3): a child under compulsory school age not likely to meet s.2(2) at that age has no learning difficulty or disability
  Scenario: s.2(3) - a two-year-old not likely to meet the definition at school age has no ALN even if educational provision is offered
    Given the decision is made in "conwy" on "2025-10-01"
    And the learner was born on "2023-05-10"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | false |
      | provision.anyEducationalProvisionRequired         | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "NO_ALN"
    And the deciding rule is "below-compulsory-school-age-not-likely-to-meet-definition"
    And the deciding rule cites "s.2(3)"

  # s.2(3): when educational provision is called for, whether the child is likely to meet s.2(2) at school age decides
  Scenario: s.2(3) - a two-year-old needing educational provision, with the school-age likelihood not yet assessed, needs more information
    Given the decision is made in "powys" on "2025-10-01"
    And the learner was born on "2023-05-10"
    And the learner has these facts:
      | fact                                              | value   |
      | needs.solelyLanguageOfHome                        | false   |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | unknown |
      | provision.anyEducationalProvisionRequired         | true    |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.needs.likelyToMeetDefinitionAtCompulsorySchoolAge"

  # s.3(2) applies until the third birthday; from then on s.3(1) asks for provision additional to or different from nursery education
  Scenario Outline: ss.3(1)-(2) - on the third birthday the test of provision changes (<when>)
    Given the decision is made in "wrexham" on "<decision date>"
    And the learner was born on "2022-10-01"
    And the learner has these facts:
      | fact                                              | value |
      | needs.solelyLanguageOfHome                        | false |
      | needs.likelyToMeetDefinitionAtCompulsorySchoolAge | true  |
      | provision.anyEducationalProvisionRequired         | true  |
      | provision.metByUniversalProvision                 | false |
      | provision.additionalOrDifferentRequired           | false |
      | provision.reasonableAdjustmentsConsidered         | true  |
    When the "ALN_DETERMINATION" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<deciding rule>"
    And the reason for rule "under-three-no-educational-provision-called-for" shows "age.underThree" as "<under three>"

    Examples:
      | when                     | decision date | under three | outcome | deciding rule                                        |
      | the day before, aged two | 2025-09-30    | true        | HAS_ALN | under-three-educational-provision-called-for         |
      | the third birthday       | 2025-10-01    | false       | NO_ALN  | does-not-call-for-additional-or-different-provision |
