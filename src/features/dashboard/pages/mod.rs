//! The dashboard screen and its budget chart.

pub mod budget_chart;
pub mod dashboard;
