Feature: Post-16 reasonable needs - a young person already on a programme (Sch 1 para 2)
  For a young person already undertaking a programme of study, the authority cannot find that there
  is no realistic prospect without considering that young people progress at different rates (ALN
  (Wales) Regulations 2021, Sch 1 para 2). Domain brief scenario 12: a young person on a specialist
  programme progressing slowly; when the authority proposes "no realistic prospect" it must record
  that it considered differing rates of progress. Newport has no encoded post-16 principles (national
  baseline, no fixed period).

  Background:
    Given the case reference is "post16-progress"
    And the decision is made in "newport" on "2025-10-01"
    And the learner was born on "2005-06-14"
    And the learner has these facts:
      | fact                                           | value                                     |
      | hasAln                                         | true                                      |
      | consent                                        | GIVEN                                     |
      | homeAuthority                                  | newport                                   |
      | setting.kind                                   | INDEPENDENT_SPECIALIST_POST16_INSTITUTION |
      | setting.authority                              | newport                                   |
      | provision.requiresPlaceAtParticularInstitution | false                                     |
      | provision.requiresBoardAndLodging              | false                                     |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false                                     |
      | post16.englishInstitutionProposed              | false                                     |
      | post16.specialistInstitutionProposed           | false                                     |
      | post16.onProgramme                             | true                                      |
      | post16.yearsOnProgramme                        | 1                                         |
      | post16.extensionRequested                      | false                                     |
      | post16.ableToUndertakeProgramme                | true                                      |
      | post16.programmeSuitableForOutcomes            | true                                      |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"

  # Domain brief scenario 12; Sch 1 para 2: the authority proposes no realistic prospect without having considered that
  # young people progress at different rates
  Scenario: Brief scenario 12 - progressing slowly, "no realistic prospect" proposed without considering rates of progress: more information needed
    Given the young person's desired outcome "COMMUNICATION_AND_RELATIONSHIPS" has no realistic prospect
    And the learner's "post16.differentRatesOfProgressConsidered" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "no-realistic-prospect-without-considering-rates-of-progress"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "Sch 1 para 2"
    And the missing facts are "learner.post16.differentRatesOfProgressConsidered"
    And the English summary contains "young people progress at different rates"
    And the Welsh summary contains "symud ymlaen ar gyfraddau gwahanol"

  # Sch 1 para 2: whether rates of progress were considered is not recorded, and only that is asked for
  Scenario: Sch 1 para 2 - progressing slowly, whether rates of progress were considered is not recorded: only that is asked for
    Given the young person's desired outcome "COMMUNICATION_AND_RELATIONSHIPS" has no realistic prospect
    And the learner's "post16.differentRatesOfProgressConsidered" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.post16.differentRatesOfProgressConsidered"

  # Sch 1 para 2 then para 1: rates of progress considered and all information weighed, there is still no realistic
  # prospect, so the IDP is not necessary and the reg 10 notice follows
  Scenario: Sch 1 paras 1-2 - rates of progress considered and still no realistic prospect: IDP not necessary
    Given the young person's desired outcome "COMMUNICATION_AND_RELATIONSHIPS" has no realistic prospect
    And the learner's "post16.differentRatesOfProgressConsidered" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And rule "no-realistic-prospect-without-considering-rates-of-progress" failed
    And the deciding rule is "no-realistic-prospect"
    And a next step in English contains "within 12 weeks beginning the day after consent was given"

  # Sch 1 paras 1-2: slow progress is not itself a reason; with a realistic prospect the IDP is necessary, and whether
  # rates of progress were considered cannot change that, so it is not asked for
  Scenario: Sch 1 paras 1-2 - progressing slowly with a realistic prospect: IDP necessary without asking about rates of progress
    Given the young person's desired outcome "COMMUNITY_PARTICIPATION_AND_SELF_REGULATION" has a realistic prospect
    And the learner's "post16.differentRatesOfProgressConsidered" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And no facts are missing

  # Sch 1 paras 1-2 [P]: a young person on a programme recorded as unable to undertake it, but with a realistic prospect
  # concluded, is not a "no realistic prospect" conclusion, so the para 2 guard does not arise and the conclusion decides.
  # Before issue 9 the inability finding alone ended the IDP (and this scenario expected more information).
  Scenario: Sch 1 para 2 - a young person on a programme recorded as unable to undertake it, with a realistic prospect concluded: IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.ableToUndertakeProgramme" is false
    And the learner's "post16.differentRatesOfProgressConsidered" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "no-realistic-prospect-without-considering-rates-of-progress" failed
