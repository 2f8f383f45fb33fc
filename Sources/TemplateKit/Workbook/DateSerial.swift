/// Dates as spreadsheets store them: a number of days (the fraction is the time of day)
/// counted from the workbook's epoch.
///
/// In the 1900 system (Excel's default, and WPS's and LibreOffice's in .xlsx) day 1 is
/// 1900-01-01 and day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year mistake,
/// kept for compatibility), so from 1900-03-01 on a serial is one more than the days since
/// 1899-12-31. In the 1904 system (old Mac workbooks, `<workbookPr date1904="1"/>`) day 0 is
/// 1904-01-01.
enum DateSerial {
  /// Which epoch a workbook counts from.
  enum System: Sendable {
    case from1900
    case from1904
  }

  /// A date and time of day read from a serial.
  struct Moment: Equatable {
    var date: ChineseDate
    /// Seconds since midnight, rounded to the nearest second.
    var seconds: Int
  }

  /// The serial of `date` at midnight.
  static func serial(of date: ChineseDate, system: System = .from1900) -> Int {
    let days = daysSinceCivilEpoch(date)
    switch system {
    case .from1904: return days - daysSinceCivilEpoch(year: 1904, month: 1, day: 1)
    case .from1900:
      let count = days - daysSinceCivilEpoch(year: 1899, month: 12, day: 31)
      return count >= 60 ? count + 1 : count
    }
  }

  /// The date and time `serial` stands for; nil before the epoch, for 1900-02-29, and past
  /// 9999-12-31.
  static func moment(of serial: Double, system: System = .from1900) -> Moment? {
    guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
    var day = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(day)) * 86_400).rounded())
    if seconds >= 86_400 {
      day += 1
      seconds -= 86_400
    }
    let epochDays: Int
    switch system {
    case .from1904:
      epochDays = daysSinceCivilEpoch(year: 1904, month: 1, day: 1) + day
    case .from1900:
      guard day >= 1, day != 60 else { return nil }
      epochDays = daysSinceCivilEpoch(year: 1899, month: 12, day: 31) + (day > 60 ? day - 1 : day)
    }
    guard let date = civilDate(daysSinceCivilEpoch: epochDays) else { return nil }
    return Moment(date: date, seconds: seconds)
  }

  /// Days from 1970-01-01 (Howard Hinnant's `days_from_civil`, proleptic Gregorian).
  private static func daysSinceCivilEpoch(_ date: ChineseDate) -> Int {
    daysSinceCivilEpoch(year: date.year, month: date.month, day: date.day)
  }

  private static func daysSinceCivilEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` after 1970-01-01 (`civil_from_days`); nil outside years 1–9999.
  private static func civilDate(daysSinceCivilEpoch days: Int) -> ChineseDate? {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return ChineseDate(year: year, month: month, day: day)
  }
}
