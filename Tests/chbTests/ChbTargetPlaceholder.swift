// Placeholder so that the chbTests target declared in Package.swift has a source file and the
// package builds; the end-to-end tests of the chb binary replace it.
import Testing
