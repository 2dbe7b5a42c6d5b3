//! A valid round form, as the browser posts it (`round[<field>]=…`).

pub fn valid_round(name: &str) -> Vec<(String, String)> {
    [
        ("name", name),
        ("format", "weekly"),
        ("weekday", "friday"),
        ("start_time", "13:00"),
        ("session_hours", "2"),
        ("weeks", "5"),
        ("intensive_days", ""),
        ("budget_kronor", "5 000"),
        ("submission_start", "2027-01-10"),
        ("submission_end", "2027-02-10"),
        ("council_start", "2027-02-15"),
        ("council_end", "2027-02-15"),
        ("vote_start", "2027-03-01"),
        ("vote_end", "2027-03-02"),
        ("bootcamp_start", "2027-03-12"),
        ("bootcamp_end", "2027-04-09"),
        ("final_start", "2027-04-16"),
        ("final_end", "2027-04-16"),
        ("follow_up_start", "2027-04-19"),
        ("follow_up_end", "2027-09-30"),
    ]
    .into_iter()
    .map(|(k, v)| (format!("round[{k}]"), v.to_owned()))
    .collect()
}

pub fn with(mut form: Vec<(String, String)>, field: &str, value: &str) -> Vec<(String, String)> {
    let key = format!("round[{field}]");
    for pair in form.iter_mut() {
        if pair.0 == key {
            pair.1 = value.to_owned();
        }
    }
    form
}

pub fn as_refs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}
