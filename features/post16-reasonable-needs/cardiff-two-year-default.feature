Feature: Post-16 reasonable needs - Cardiff's two-year default and its exceptions
  Cardiff publishes that a young person "is entitled to 2 years" of further education or training and
  after two years "may not have the reasonable need for more", unless the programme is designed to
  last longer, an extension is needed, an earlier course gave no meaningful benefit or circumstances
  changed significantly, an essential element of the desired outcomes could not be delivered before,
  or there are other exceptional circumstances (Cardiff Council, as cited in domain brief B3.2 [S];
  the two-year figure itself is [U]). A fixed period was strongly opposed in consultation (domain
  brief part A), so it is Cardiff's own setting: every other authority uses the national baseline,
  the realistic-prospect conclusion of Sch 1 para 1 with no period. The statutory question is the
  authority's conclusion on a realistic prospect, weighing the Sch 1 factors [P]; a default cannot
  answer it alone, so Cardiff's default decides only with Cardiff's recorded conclusion that there is
  no realistic prospect, and the explanation then says the default was weighed (issue 9 item 9).
  Before issue 9 two years with no exception decided IDP_NOT_NECESSARY on their own, and the years and
  exceptions were asked for.

  Background:
    Given the case reference is "post16-cardiff"
    And the decision is made in "cardiff" on "2025-10-01"
    And the learner was born on "2005-02-11"
    And the learner has these facts:
      | fact                                           | value                                     |
      | hasAln                                         | true                                      |
      | consent                                        | GIVEN                                     |
      | homeAuthority                                  | cardiff                                   |
      | setting.kind                                   | INDEPENDENT_SPECIALIST_POST16_INSTITUTION |
      | setting.authority                              | cardiff                                   |
      | provision.requiresPlaceAtParticularInstitution | false                                     |
      | provision.requiresBoardAndLodging              | false                                     |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false                                     |
      | post16.englishInstitutionProposed              | false                                     |
      | post16.specialistInstitutionProposed           | false                                     |
      | post16.onProgramme                             | true                                      |
      | post16.yearsOnProgramme                        | 2                                         |
      | post16.differentRatesOfProgressConsidered      | true                                      |
      | post16.extensionRequested                      | false                                     |
      | post16.ableToUndertakeProgramme                | true                                      |
      | post16.programmeSuitableForOutcomes            | true                                      |
      | post16.programmeDesignedLongerThanDefault      | false                                     |
      | post16.earlierCourseNoMeaningfulBenefit        | false                                     |
      | post16.circumstancesChangedSignificantly       | false                                     |
      | post16.essentialOutcomeElementNotYetDelivered  | false                                     |
      | post16.otherExceptionalCircumstances           | false                                     |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"

  # Cardiff's published default (domain brief B3.2 [S], the two years [U]), weighed with Sch 1 para 1 [P]: after two years with
  # none of its exceptions, and Cardiff's conclusion that there is no realistic prospect of more
  Scenario: Cardiff - two years on the programme, none of Cardiff's exceptions, and no realistic prospect concluded: IDP not necessary under Cardiff's default
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "default-period-of-two-years-reached"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the deciding rule cites "is entitled to 2 years"
    And the decision used rule set "cardiff.post16-reasonable-needs" version "2021-09-01"
    And the English summary contains "Cardiff's published default"
    And the English summary contains "The default is a starting point Cardiff must still weigh with the Sch 1 factors"
    And the deciding rule cites "a default period cannot decide it on its own"
    And a next step in English contains "Ask Cardiff to consider one of its published exceptions"
    And a next step in Welsh contains "Gofynnwch i Gaerdydd ystyried un o'i eithriadau cyhoeddedig"
    And a next step in English contains "The notice must give the authority's contact details"
    And no facts are missing

  # Sch 1 para 1 [P]: Cardiff's default cannot override its own conclusion that there is a realistic prospect
  Scenario: Cardiff - two years on the programme and none of Cardiff's exceptions, but a realistic prospect concluded: IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "default-period-of-two-years-reached" failed
    And the deciding rule is "realistic-prospect"
    And the deciding layer is "AUTHORITY_PRINCIPLES"

  # The same young person in authorities with no encoded post-16 principles: the national baseline has no fixed period,
  # so the realistic prospect of independent living decides (Sch 1 para 1; domain brief part A)
  Scenario Outline: National baseline - the same two years in <authority>, which has no fixed period: IDP necessary
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the decision is made in "<authority>" on "2025-10-01"
    And the learner's "homeAuthority" is "<authority>"
    And the learner's "setting.authority" is "<authority>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And the deciding layer is "NATIONAL_BASELINE"
    And the decision used rule set "national.post16-reasonable-needs-baseline" version "2021-09-01"
    And no facts are missing

    Examples:
      | authority         |
      | vale-of-glamorgan |
      | newport           |

  # Cardiff's published exceptions (domain brief B3.2 [S]): each one alone takes the case out of the default, and the
  # realistic-prospect test decides, here after three years
  Scenario Outline: Cardiff exception - <exception>: after three years the realistic-prospect test still decides
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.yearsOnProgramme" is "3"
    And the learner's "<fact>" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "default-period-of-two-years-reached" failed
    And the deciding rule is "realistic-prospect"
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And no facts are missing

    Examples:
      | exception                                               | fact                                          |
      | the programme is designed to last longer than two years | post16.programmeDesignedLongerThanDefault     |
      | an earlier course gave no meaningful benefit            | post16.earlierCourseNoMeaningfulBenefit       |
      | circumstances changed significantly                     | post16.circumstancesChangedSignificantly      |
      | an essential element of the outcomes not yet delivered  | post16.essentialOutcomeElementNotYetDelivered |
      | other exceptional circumstances                         | post16.otherExceptionalCircumstances          |

  # Cardiff's exception "the young person needs an extension" is the Sch 1 para 4 extension, decided on the authority's
  # conclusion for the extended programme (the rules Cardiff's file carries after its default)
  Scenario: Cardiff exception - an extension asked for is decided on the conclusion for the extended programme, not Cardiff's default
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner has these facts:
      | fact                                 | value |
      | post16.extensionRequested            | true  |
      | post16.extensionUnavoidable          | true  |
      | post16.extensionNecessaryForOutcomes | true  |
      | post16.extensionProportionate        | true  |
      | post16.previouslyExtended            | false |
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "extension-realistic-prospect"
    And rule "default-period-of-two-years-reached" failed
    And the deciding layer is "AUTHORITY_PRINCIPLES"
    And the deciding rule cites "Sch 1 para 4"

  # Cardiff's default: within the two years it does not apply
  Scenario: Cardiff - one year on the programme: the default period is not reached and the realistic-prospect test decides
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.yearsOnProgramme" is "1"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "default-period-of-two-years-reached" failed
    And the deciding rule is "realistic-prospect"

  # Sch 1 para 1 [P]: with a realistic prospect concluded Cardiff's default cannot apply, so the years are not asked for
  # (before issue 9 they were)
  Scenario: Cardiff - years on the programme not recorded, with a realistic prospect concluded: not asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner's "post16.yearsOnProgramme" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # The national baseline has no period, so the years cannot matter outside Cardiff
  Scenario: National baseline - years on the programme not recorded in Newport: not asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the decision is made in "newport" on "2025-10-01"
    And the learner's "post16.yearsOnProgramme" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And no facts are missing

  # With no realistic prospect, Cardiff's default and the realistic-prospect test give the same answer, so the unknown
  # years cannot change it (DEVELOPERS.md "How a decision is made": unknown is not false, and only facts that could
  # change the answer are asked for)
  Scenario: Cardiff - years unknown but no realistic prospect of any outcome: IDP not necessary without asking for the years
    Given the learner's "post16.yearsOnProgramme" is unknown
    And the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "no-realistic-prospect"
    And no facts are missing

  # With no realistic prospect concluded, Cardiff's default and the national rule give the same answer, so the exceptions
  # cannot change it and are not asked for (before issue 9 they were)
  Scenario: Cardiff - two years on the programme with none of Cardiff's exceptions assessed and no realistic prospect: not asked for
    Given the young person's desired outcome "INDEPENDENT_LIVING" has no realistic prospect
    And the learner has these facts:
      | fact                                          | value   |
      | post16.programmeDesignedLongerThanDefault     | unknown |
      | post16.earlierCourseNoMeaningfulBenefit       | unknown |
      | post16.circumstancesChangedSignificantly      | unknown |
      | post16.essentialOutcomeElementNotYetDelivered | unknown |
      | post16.otherExceptionalCircumstances          | unknown |
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And no facts are missing

  # (DEVELOPERS.md "How a decision is made": MORE_INFORMATION_NEEDED lists exactly the facts that could
  # change the answer). A young person applying before starting any programme (onProgramme false) cannot have reached
  # Cardiff's two-year default whatever the years or exceptions, so the realistic-prospect test decides. With the years
  # and the five exceptions unrecorded (as they would be for a new applicant) the default rule has 6 unknown facts
  # (4 x 2^5 = 128 combinations, within the engine's limit of 512): every one of them fails, so none is asked for.
  Scenario: Cardiff - a young person not yet on any programme is decided on the realistic-prospect test without being asked about the two-year default
    Given the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect
    And the learner has these facts:
      | fact                                          | value   |
      | post16.onProgramme                            | false   |
      | post16.yearsOnProgramme                       | unknown |
      | post16.programmeDesignedLongerThanDefault     | unknown |
      | post16.earlierCourseNoMeaningfulBenefit       | unknown |
      | post16.circumstancesChangedSignificantly      | unknown |
      | post16.essentialOutcomeElementNotYetDelivered | unknown |
      | post16.otherExceptionalCircumstances          | unknown |
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "realistic-prospect"
    And no facts are missing
