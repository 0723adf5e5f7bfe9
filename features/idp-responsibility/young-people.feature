Feature: IDP responsibility - young people over compulsory school age
  A young person (over compulsory school age and under 25) must consent before a school, FEI or
  authority decides on ALN or prepares an IDP (s.11(3)(c), s.12(2)(b), s.13(2)(d), s.14(3)); if they
  do not, the body must still take all reasonable steps to secure the provision (Conwy, as cited in
  the domain brief B6). An FEI decides for an enrolled young person and maintains the IDP (s.11(2),
  s.12(1)) unless it refers (s.12(2), s.13(2)(e)). For a young person not at a maintained school or
  FEI in Wales only the authority can maintain an IDP, and only if it is necessary to meet their
  reasonable needs for education or training (s.14(1)(c), s.46) - the POST16_REASONABLE_NEEDS decision.

  Background:
    Given the case reference is "idp-young-person"
    And the decision is made in "swansea" on "2025-10-01"
    And the learner was born on "2008-03-01"
    And the learner has these facts:
      | fact                                           | value                         |
      | hasAln                                         | true                          |
      | existingIdp.maintainedBy                       | NONE                          |
      | homeAuthority                                  | swansea                       |
      | consent                                        | GIVEN                         |
      | setting.kind                                   | FURTHER_EDUCATION_INSTITUTION |
      | setting.authority                              | swansea                       |
      | setting.specialistClass                        | NOT_IN_SPECIALIST_CLASS       |
      | lookedAfter                                    | false                         |
      | dualRegistered                                 | false                         |
      | electivelyHomeEducated                         | false                         |
      | educatedOtherThanAtSchool                      | false                         |
      | provision.requiresPlaceAtParticularInstitution | false                         |
      | provision.requiresBoardAndLodging              | false                         |
      | provision.reasonableForSchoolToSecure          | true                          |
      | provision.schoolCanDetermineNeedsAndProvision  | true                          |
      | provision.externalSpecialistAdviceBeyondSchool | false                         |
      | provision.equipmentBeyondSchool                | false                         |
      | provision.intensiveSupportBeyondSchool         | false                         |

  # s.11(2), s.12(1): an FEI decides for an enrolled young person and prepares and maintains the IDP
  Scenario: s.11(2) and s.12(1) - a consenting 17-year-old at an FEI has the IDP maintained by the FEI
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "FEI"
    And the deciding rule is "fei-maintains"
    And the deciding layer is "STATUTORY"
    And the decision's "responsibleAuthority" is "swansea"
    And the decision's "referToAuthority" is "false"
    And the deciding rule cites "s.11(2) and s.12(1)"
    And the reason for rule "young-person-refuses-consent" shows "age.overCompulsorySchoolAge" as "true"
    And no facts are missing

  # s.11(3)(c), s.12(2)(b), s.14(3): a young person who does not consent has no IDP; provision is still secured (Conwy, as cited)
  Scenario: s.14(3) - a young person who refuses consent has no IDP, but the FEI must still take reasonable steps to secure the provision
    Given the learner's "consent" is "REFUSED"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "young-person-refuses-consent"
    And the deciding rule cites "s.14(3)"
    And the English summary contains "must still take all reasonable steps to secure the additional learning provision"
    And a next step in English contains "can give consent at any time"
    And the decision's "responsibleAuthority" is unset

  # s.11(3)(c), s.12(2)(b), s.14(3): consent not yet sought - nothing can be decided until it is
  Scenario: s.12(2)(b) - a young person whose consent has not been sought needs to be asked before anyone prepares an IDP
    Given the learner's "consent" is "NOT_SOUGHT"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the deciding rule is "young-person-consent-not-yet-sought"
    And the deciding layer is "STATUTORY"
    And the missing facts are "learner.consent"
    And a next step in English contains "Ask the young person for consent"

  # s.14(3): with consent unrecorded, a refusal would change the answer, so consent is asked for
  Scenario: s.14(3) - a young person whose consent is not recorded at all is asked for consent and nothing else
    Given the learner's "consent" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.consent"
    And rule "young-person-refuses-consent" was undetermined

  # s.14(3) is about young people: a child's own refusal does not stop the school's duty (ss.11(1), 12(1))
  Scenario: s.14(3) - a ten-year-old recorded as refusing consent is still a school case, because the consent rules are for young people
    Given the learner was born on "2015-05-05"
    And the learner's "consent" is "REFUSED"
    And the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "swansea"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "young-person-refuses-consent" failed
    And the reason for rule "young-person-refuses-consent" shows "age.overCompulsorySchoolAge" as "false"

  # s.14(1)(b): a young person in a school sixth form is a registered pupil, so the school rules apply, not the necessity test
  Scenario: s.14(1)(b) - a consenting 17-year-old in a maintained school sixth form has the IDP maintained by the school
    Given the learner's "setting.kind" is "MAINTAINED_SCHOOL"
    And the learner's "setting.authority" is "swansea"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "SCHOOL"
    And rule "young-person-not-at-school-or-fei-in-wales" failed
    And the deciding layer is "NATIONAL_BASELINE"

  # s.14(1)(c), s.46: only the authority can maintain an IDP for a young person not at a maintained school or FEI, and only if necessary
  Scenario: s.14(1)(c) - a young person at an independent special post-16 institution is the authority's, subject to the necessity test
    Given the learner's "setting.kind" is "INDEPENDENT_SPECIALIST_POST16_INSTITUTION"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "young-person-not-at-school-or-fei-in-wales"
    And the decision's "responsibleAuthority" is "swansea"
    And the decision's "mayDirectSchool" is "false"
    And the deciding rule cites "s.14(1)(c)"
    And the English summary contains "that test is the post-16 necessity decision"
    And a next step in English contains "City and County of Swansea must decide whether an IDP is necessary to meet the young person's reasonable needs for education or training (s.14(1)(c); regs 8-9)"

  # ss.11(2), 12(1) bind FEIs in Wales only; s.14(1)(c) [P]: a Swansea young person at a college in England is the home
  # authority's, subject to the necessity test (reg 8(3)(b)). Before issue 9 the college was said to maintain the IDP.
  Scenario: s.14(1)(c) - a Swansea young person at a further education college in England is the home authority's, subject to the necessity test
    Given the learner's "setting.authority" is "england"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "young-person-not-at-school-or-fei-in-wales"
    And the decision's "responsibleAuthority" is "swansea"
    And the decision's "mayDirectSchool" is "false"
    And rule "fei-maintains" was not applicable

  # EN para 53 [P]: a looked-after young person is treated like any other young person, so the FEI decides and maintains
  Scenario: EN para 53 - a 17-year-old looked after by Swansea and at a Swansea college has the IDP maintained by the college
    Given the learner's "lookedAfter" is true
    And the learner's "lookingAfterAuthority" is "swansea"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "FEI"
    And rule "looked-after-child" failed

  # s.12(2), s.13(2)(e): an FEI refers when it is not reasonable for it to secure the provision
  Scenario: s.13(2)(e) - an FEI that could not reasonably secure the provision refers the young person to the home authority
    Given the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "fei-refers-to-authority"
    And the decision's "referToAuthority" is "true"
    And the decision's "responsibleAuthority" is "swansea"
    And the deciding rule cites "s.13(2)(e)"

  # s.12(2), s.13(2)(e): the FEI cannot adequately determine the needs or the provision; with the reasonableness question unanswered it is not asked for
  Scenario: s.13(2)(e) - an FEI that cannot determine the needs refers, and whether it could reasonably secure the provision is not asked
    Given the learner's "provision.schoolCanDetermineNeedsAndProvision" is false
    And the learner's "provision.reasonableForSchoolToSecure" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "fei-refers-to-authority"
    And no facts are missing

  # s.12(2)(a), s.12(1): whether the FEI refers or maintains turns on whether it could reasonably secure the provision
  Scenario: s.12(2)(a) - an FEI student whose provision has not been assessed for reasonableness is asked for that fact
    Given the learner's "provision.reasonableForSchoolToSecure" is unknown
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.provision.reasonableForSchoolToSecure"
    And rule "fei-refers-to-authority" was undetermined

  # s.14(2)(b) and s.14(4) let an authority direct only "the governing body of [a maintained] school"; an
  # authority cannot direct an FEI, which maintains an LA plan only if it agrees or the Welsh Ministers so determine (s.36;
  # Explanatory Notes para 34; reg 13). Rule fei-refers-to-authority sets mayDirectSchool true and its text says the
  # authority "may maintain the IDP or direct the FEI to".
  Scenario: s.14(2)(b) and s.14(4) - when an FEI refers, the authority cannot direct the FEI to maintain the IDP
    Given the learner's "provision.reasonableForSchoolToSecure" is false
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the deciding rule is "fei-refers-to-authority"
    And the decision's "mayDirectSchool" is "false"

  # A young person is over compulsory school age and under 25; the Act's IDP duties are for children and
  # young people, so none arises for a learner of 25 or over (ALN_DETERMINATION itself answers OUT_OF_SCOPE from 25: rule
  # aged-25-or-over). With an ALN determination recorded earlier (hasAln true), no IDP rule looks at age 25, and a
  # 26-year-old at an FEI is told the FEI maintains an IDP.
  Scenario: s.2 and s.99 - a 26-year-old with ALN recorded earlier is no longer a young person, so no IDP is maintained
    Given the learner was born on "1999-05-01"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"

  # s.14(1)(c): for any young person not a registered pupil at a maintained school or enrolled at an
  # FEI in Wales the authority's duty arises only if it decides an IDP is necessary (s.46 regulations). Rule
  # not-registered-anywhere comes first and decides for a young person on no roll without that condition; its
  # explanation and next steps do not mention the necessity test that rule young-person-not-at-school-or-fei states.
  Scenario: s.14(1)(c) - a 17-year-old on no roll is told the authority maintains an IDP only if one is necessary
    Given the learner's "setting.kind" is "NONE"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "LOCAL_AUTHORITY"
    And the English summary contains "necessary to meet the young person's reasonable needs for education or training"
