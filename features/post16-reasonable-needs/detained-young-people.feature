Feature: Post-16 reasonable needs - a detained young person's IDP on release (s.40(2)(b), regulation 18)
  For a young person detained in relevant youth accommodation in Wales or England (s.39(1) [P]),
  the duties of schools, colleges and authorities under ss.11-14 stop during the detention (s.44(1)-(2)
  [P]) and the home authority in Wales decides, if the young person has ALN, whether an IDP will be
  necessary on release (s.40(2)(b) [P]). ALN (Wales) Regulations 2021 reg 18 [P] makes it necessary
  except where (a) the young person is likely to be 25 before release, or (b) it is unlikely they will
  have reasonable needs for education or training when released; they have them if registered or
  enrolled at a maintained school, an FEI or an Academy in Wales or England, under reg 9(1), or where an
  authority has determined so under reg 9(2) (reg 18(3); reg 9 itself was not read, U). The Sch 1
  programme-of-study test does not apply. The home authority of a learner who is or was looked after
  is the looking-after authority, otherwise the authority where they ordinarily live (Education Act
  1996 s.562J [P]); where it is not in Wales, none of this is decided under the Act (s.40(1)). A
  young person detained elsewhere, for example in a prison, is not a "detained person", and the
  authority's duties do not apply while they are there (Explanatory Notes para 103 [P]).
  Issue 9 item 8; docs/law/changes-needing-new-facts.md 3.

  Background:
    Given the case reference is "post16-detained"
    And the decision is made in "wrexham" on "2025-10-01"
    And the learner was born on "2008-03-01"
    And the learner has these facts:
      | fact                                           | value           |
      | hasAln                                         | true            |
      | consent                                        | GIVEN           |
      | homeAuthority                                  | wrexham         |
      | lookedAfter                                    | false           |
      | setting.kind                                   | YOUTH_DETENTION |
      | setting.authority                              | england         |
      | detention.likelyAged25BeforeRelease            | false           |
      | post16.reasonableNeedsDetermined               | false           |

  # reg 18(2)(a) [P]: a 24-year-old (born 2001-03-01) the home authority considers likely to be 25 or over before release.
  Scenario: reg 18(2)(a) - a detained 24-year-old likely to be 25 before release needs no IDP on release
    Given the learner was born on "2001-03-01"
    And the learner's "detention.likelyAged25BeforeRelease" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "reg-18-likely-25-before-release"
    And the deciding rule cites "reg 18(1)-(2)"
    And a next step in English contains "(reg 18(4)(b))"
    And no facts are missing

  # reg 18(3)(a) [P]: a 17-year-old enrolled at a college in Wales (a place at a Wrexham college held for release) has
  # reasonable needs for education or training, so reg 18(2)(b) cannot apply and the IDP is necessary.
  Scenario: reg 18(3)(a) - a detained 17-year-old enrolled at a Wrexham college has an IDP necessary on release
    Given the learner's "detention.registeredOrEnrolledAtSchoolOrCollege" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "reg-18-registered-or-enrolled"
    And the deciding rule cites "reg 18(3)"
    And rule "place-or-board-and-lodging-required" was not applicable

  # reg 18(2)(b) [P]: not registered or enrolled anywhere, and the home authority has concluded it is unlikely the young
  # person will have reasonable needs for education or training when released.
  Scenario: reg 18(2)(b) - a detained 17-year-old the authority considers unlikely to have reasonable needs on release needs no IDP on release
    Given the learner's "detention.registeredOrEnrolledAtSchoolOrCollege" is false
    And the learner's "detention.reasonableNeedsOnReleaseUnlikely" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NOT_NECESSARY"
    And the deciding rule is "reg-18-reasonable-needs-on-release-unlikely"
    And a next step in English contains "within 12 weeks beginning the day after the young person consented"

  # reg 18(3)(a) [P]: the authority's reg 18(2)(b) conclusion cannot stand if the young person is registered or enrolled at a
  # school, college or Academy, so whether they are is asked for.
  Scenario: reg 18(3)(a) - an authority's "reasonable needs unlikely" with registration not recorded: registration is asked for
    Given the learner's "detention.reasonableNeedsOnReleaseUnlikely" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.detention.registeredOrEnrolledAtSchoolOrCollege"

  # reg 18(3)(c) [P] with reg 9(2) [U, not read]: an authority has determined the young person has reasonable needs
  Scenario: reg 18(3)(c) - a detained young person an authority has determined to have reasonable needs has an IDP necessary on release
    Given the learner's "detention.registeredOrEnrolledAtSchoolOrCollege" is false
    And the learner's "post16.reasonableNeedsDetermined" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And the deciding rule is "reg-18-reasonable-needs-determined"
    And the deciding rule cites "reg 9"

  # reg 18(2) [P]: with none of the exceptions' facts recorded, the authority's reg 18 conclusions are asked for, never the
  # Sch 1 programme-of-study facts.
  Scenario: reg 18 - a detained young person with no reg 18 conclusion recorded is asked for those, not for the programme-of-study facts
    Given the learner's "detention.likelyAged25BeforeRelease" is unknown
    And the learner's "post16.reasonableNeedsDetermined" is unknown
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "MORE_INFORMATION_NEEDED"
    And the missing facts are "learner.detention.likelyAged25BeforeRelease, learner.detention.registeredOrEnrolledAtSchoolOrCollege, learner.post16.reasonableNeedsDetermined, learner.detention.reasonableNeedsOnReleaseUnlikely"

  # s.40(1), EA 1996 s.562J [P]: a detained young person who ordinarily lives in England has an English home authority
  Scenario: s.40(1) - a detained young person whose home authority is in England is not decided under the Act
    Given the learner's "homeAuthority" is "england"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "detained-home-authority-not-in-wales"

  # s.40(1), EA 1996 s.562J [P]: a detained young person looked after by Wrexham until the detention began has Wrexham as
  # home authority even though their family now lives in England
  Scenario: s.40(1) - a detained young person looked after by Wrexham before the detention, whose family lives in England, is Wrexham's
    Given the learner's "homeAuthority" is "england"
    And the learner's "lookedAfter" is true
    And the learner's "lookingAfterAuthority" is "wrexham"
    And the learner's "detention.registeredOrEnrolledAtSchoolOrCollege" is true
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "IDP_NECESSARY"
    And rule "detained-home-authority-not-in-wales" failed

  # s.39(1)(b), Explanatory Notes para 103 [P]: a 17-year-old held in a prison is not a "detained person"; the authority's
  # duties do not apply while they are detained there, so neither reg 18 nor the programme-of-study test is made.
  Scenario: EN para 103 - a 17-year-old held in a prison is not a detained person and is not decided under reg 18 or Schedule 1
    Given the learner's "setting.kind" is "OTHER_DETENTION_ACCOMMODATION"
    When the "POST16_REASONABLE_NEEDS" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "detained-other-than-in-youth-accommodation"
    And the deciding rule cites "para 103"

  # EN para 103 [P]: the same young person's IDP_RESPONSIBILITY: no duty of a school, college or authority applies during
  # the detention.
  Scenario: EN para 103 - for a 17-year-old held in a prison no school, college or authority keeps an IDP during the detention
    Given the learner's "setting.kind" is "OTHER_DETENTION_ACCOMMODATION"
    When the "IDP_RESPONSIBILITY" decision is made
    Then the outcome is "NOT_APPLICABLE"
    And the deciding rule is "detained-other-than-in-youth-accommodation"
