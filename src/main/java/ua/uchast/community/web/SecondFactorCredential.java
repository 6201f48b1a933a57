package ua.uchast.community.web;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a staff sign-in: a code from the authenticator app or a recovery code. */
record SecondFactorCredential(String code) implements Credential {
}
