/**
 * Enrollment of new indirect resellers (SPEC §3): the wizard's checks and submission, primary-contact
 * verification, the applicant's status page, and staff review. Application states:
 * {@code CONTACT_VERIFICATION_PENDING → IN_REVIEW → APPROVED | REJECTED}, {@code IN_REVIEW ⇄ MORE_INFO_REQUESTED}.
 */
package org.channelcenter.enrollment;
