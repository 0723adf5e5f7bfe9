Feature: Post-16 reasonable needs - when the necessity test does not apply
  The authority's duty under s.14(1)(c) of the Act arises only for a young person (over compulsory
  school age and under 25) who has ALN and is not a registered pupil at a maintained school or
  enrolled at an FEI in Wales; only then does it ask whether an IDP is necessary to meet their
  reasonable needs for education or training (s.46, ALN (Wales) Regulations 2021 regs 8-10, Sch 1).
  Anyone else gets NOT_APPLICABLE, and when every applicable decision is asked for the kind is left
  out. Domain brief B1.2 (ages) and B3.1.

  Background:
    Given the case reference is "post16-out-of-scope"
    And the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2006-03-02"
    And the learner has these facts:
      | fact                                           | value   |
      | hasAln                                         | true    |
      | consent                                        | GIVEN   |
      | homeAuthority                                  | swansea |
      | setting.kind                                   | NONE    |
      | provision.requiresPlaceAtParticularInstitution | false   |
      | provision.requiresBoardAndLodging              | false   |
      | post16.toEnrolAtMaintainedSchoolOrFeiInWales   | false   |
      | post16.englishInstitutionProposed              | false   |
      | post16.specialistInstitutionProposed           | false   |
      | post16.onProgramme                             | false   |
      | post16.extensionRequested                      | false   |
      | post16.ableToUndertakeProgramme                | true    |
      | post16.programmeSuitableForOutcomes            | true    |
    And the learner's "post16.informationConsidered" are "CURRENT_OR_RECENT_PROVIDERS, HEALTH_AND_SOCIAL_CARE, PROPOSED_INSTITUTION, CAREERS_SERVICE"
    And the young person's desired outcome "INDEPENDENT_LIVING" has a realistic prospect

  # s.14(1)(c) applies to young people; compulsory school age ends on the last Friday in June of the school year in
  # which the learner turns 16 (SI 1997/1970, domain brief B1.2). Born 31 August 2009 the learner turned 16 in the
  # 2024/25 school year and is a young person on 1 October 2025; born a day later they are still of compulsory school age.
  Scenario Outline: s.14(1)(c) - the test is for young people only: born <born>, the answer on 1 October 2025 is <outcome>
    Given the learner was born on "<born>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"
    And no facts are missing

    Examples:
      | born       | outcome        | rule                           |
      | 2009-08-31 | IDP_NECESSARY  | realistic-prospect             |
      | 2009-09-01 | NOT_APPLICABLE | not-over-compulsory-school-age |

  # s.14(1)(c): the necessity test is for a young person who is not a registered pupil at a maintained school or
  # enrolled at an FEI in Wales; the school or FEI decides and maintains under ss.11-12 (domain brief B2.3)
  Scenario Outline: s.14(1)(c) - a young person at a <setting> in Wales is outside the necessity test
    Given the learner's "setting.kind" is "<setting>"
    And the learner's "setting.authority" is "swansea"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "at-maintained-school-or-fei-in-wales"
    And the deciding layer is "STATUTORY"
    And the deciding rule cites "s.14(1)(c)"
    And the English summary contains "which decides and maintains any IDP; the necessity test does not apply"

    Examples:
      | setting                       |
      | MAINTAINED_SCHOOL             |
      | SPECIAL_SCHOOL                |
      | FURTHER_EDUCATION_INSTITUTION |

  # s.14(1)(c): only an FEI in Wales takes a young person out of the test; one at a college in England is "not
  # enrolled at an FEI in Wales", so the authority applies the test (here Sch 1 para 1 decides)
  Scenario: s.14(1)(c) - a young person at a further education college in England is within the necessity test
    Given the learner's "setting.kind" is "FURTHER_EDUCATION_INSTITUTION"
    And the learner's "setting.authority" is "england"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "at-maintained-school-or-fei-in-wales" failed
    And the deciding rule is "realistic-prospect"

  # A young person is under 25 (SNAP Cymru, domain brief B1.2): on the 25th birthday the Act no longer applies
  Scenario Outline: Under 25 - born <born>, the answer on 1 October 2025 is <outcome>
    Given the learner was born on "<born>"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "<outcome>"
    And the deciding rule is "<rule>"

    Examples:
      | born       | outcome        | rule               |
      | 2000-10-01 | NOT_APPLICABLE | aged-25-or-over    |
      | 2000-10-02 | IDP_NECESSARY  | realistic-prospect |

  # s.14(1)(c)(i): the authority first decides whether the young person has ALN; with none the question does not arise
  Scenario: s.14(1)(c)(i) - a young person without ALN is outside the necessity test
    Given the learner's "hasAln" is false
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "no-aln"
    And the deciding rule cites "s.14(1)(c)"
    And no facts are missing

  # Asked for every decision, only the kinds that apply come back: a 19-year-old at an independent special post-16
  # institution in Swansea is not at a school or FEI (IDP_RESPONSIBILITY: s.14(1)(c)) and is not cross-border
  Scenario: Every applicable decision for a young person off roll includes POST16_REASONABLE_NEEDS and leaves out CROSS_BORDER
    Given the learner has these facts:
      | fact                      | value                                     |
      | setting.kind              | INDEPENDENT_SPECIALIST_POST16_INSTITUTION |
      | setting.authority         | swansea                                   |
      | existingIdp.maintainedBy  | NONE                                      |
      | lookedAfter               | false                                     |
      | dualRegistered            | false                                     |
      | electivelyHomeEducated    | false                                     |
      | educatedOtherThanAtSchool | false                                     |
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION, IDP_RESPONSIBILITY, POST16_REASONABLE_NEEDS"
    And the "POST16_REASONABLE_NEEDS" outcome is "IDP_NECESSARY"
    And the "IDP_RESPONSIBILITY" outcome is "LOCAL_AUTHORITY"

  # The same request for a 14-year-old: the post-16 test is NOT_APPLICABLE and so left out
  Scenario: Every applicable decision for a child at school leaves POST16_REASONABLE_NEEDS out
    Given the learner was born on "2011-03-02"
    And the learner has these facts:
      | fact                                           | value                   |
      | setting.kind                                   | MAINTAINED_SCHOOL       |
      | setting.authority                              | swansea                 |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS |
      | existingIdp.maintainedBy                       | NONE                    |
      | lookedAfter                                    | false                   |
      | dualRegistered                                 | false                   |
      | electivelyHomeEducated                         | false                   |
      | educatedOtherThanAtSchool                      | false                   |
      | provision.reasonableForSchoolToSecure          | true                    |
      | provision.schoolCanDetermineNeedsAndProvision  | true                    |
      | provision.externalSpecialistAdviceBeyondSchool | false                   |
      | provision.equipmentBeyondSchool                | false                   |
      | provision.intensiveSupportBeyondSchool         | false                   |
    When every applicable decision is made
    Then the decision kinds are "ALN_DETERMINATION, IDP_RESPONSIBILITY"
    And the "IDP_RESPONSIBILITY" outcome is "SCHOOL"
