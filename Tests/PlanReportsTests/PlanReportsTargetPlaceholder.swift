// Placeholder so that the PlanReportsTests target declared in Package.swift has a source file
// and the package builds; PlanReports' own tests replace it.
import Testing
