/**
 * Common given names and surnames of private people, for the `target.named_person` concept: a lookup
 * of "Mark Johnson's phone number" names a person the model never saw, and the concept lets the
 * weight learned from other names apply. Names that are also everyday words (will, mark, grace,
 * brown, white, young) are left out, so ordinary text does not fire the concept. English only: a
 * Chinese name is a surname and one or two free characters, which 2–3-character terms cannot list.
 */

// biome-ignore format: names packed several to a line read better than one name per line.
const GIVEN_NAMES = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth',
  'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary',
  'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel',
  'gregory', 'alexander', 'patrick', 'raymond', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam',
  'nathan', 'henry', 'zachary', 'douglas', 'peter', 'kyle', 'noah', 'ethan', 'jeremy', 'walter',
  'christian', 'keith', 'roger', 'terry', 'austin', 'sean', 'gerald', 'carl', 'harold', 'dylan', 'arthur',
  'lawrence', 'jordan', 'jesse', 'bryan', 'bruce', 'gabriel', 'logan', 'albert', 'alan', 'juan', 'wayne',
  'elijah', 'randy', 'roy', 'vincent', 'ralph', 'eugene', 'russell', 'bobby', 'philip', 'louis',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'lisa', 'nancy', 'betty', 'sandra', 'margaret', 'ashley', 'kimberly', 'emily', 'donna', 'michelle',
  'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'dorothy', 'rebecca', 'sharon', 'laura', 'cynthia',
  'amy', 'kathleen', 'angela', 'shirley', 'brenda', 'emma', 'anna', 'pamela', 'nicole', 'samantha',
  'katherine', 'christine', 'helen', 'debra', 'rachel', 'carolyn', 'janet', 'maria', 'catherine',
  'heather', 'diane', 'olivia', 'julie', 'joyce', 'victoria', 'kelly', 'christina', 'lauren', 'joan',
  'evelyn', 'judith', 'megan', 'andrea', 'cheryl', 'hannah', 'jacqueline', 'martha', 'gloria', 'teresa',
  'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice', 'abigail', 'alice', 'judy', 'sophia',
  'denise', 'marilyn', 'danielle', 'beverly', 'isabella', 'theresa', 'diana', 'natalie', 'brittany',
  'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'jane', 'jenny', 'jess', 'kate', 'katie', 'beth',
  'mike', 'dave', 'steve', 'tom', 'tony', 'chris', 'matt', 'josh', 'jake', 'nick', 'ben', 'sam', 'alex',
  'jim', 'joe', 'greg', 'jeff', 'brad', 'chad', 'liam', 'lucas', 'oliver', 'leo',
  'mohammed', 'muhammad', 'ahmed', 'ali', 'omar', 'fatima', 'aisha', 'priya', 'raj', 'rahul', 'arjun',
  'carlos', 'luis', 'miguel', 'javier', 'sofia', 'lucia', 'carmen', 'elena', 'ana', 'pedro', 'diego',
  'wei', 'ming', 'hiroshi', 'yuki', 'kenji', 'mei', 'ivan', 'olga', 'natasha', 'dmitri', 'hans', 'lukas',
  'pierre', 'sophie', 'marco', 'giulia', 'ahmad', 'yusuf', 'kwame', 'amara', 'chloe', 'zoe', 'mia', 'ava',
  'ella', 'nora', 'leah', 'maya', 'claire', 'julia', 'tara', 'erin', 'kim', 'tiffany',
];

// biome-ignore format: names packed several to a line read better than one name per line.
const SURNAMES = [
  'smith', 'johnson', 'williams', 'jones', 'miller', 'davis', 'garcia', 'rodriguez', 'wilson', 'martinez',
  'anderson', 'taylor', 'thomas', 'hernandez', 'moore', 'martin', 'jackson', 'thompson', 'lopez',
  'gonzalez', 'harris', 'clark', 'lewis', 'robinson', 'walker', 'perez', 'allen', 'sanchez', 'wright',
  'scott', 'torres', 'nguyen', 'flores', 'adams', 'nelson', 'rivera', 'campbell', 'mitchell',
  'roberts', 'gomez', 'phillips', 'evans', 'diaz', 'parker', 'cruz', 'edwards',
  'collins', 'reyes', 'stewart', 'morris', 'morales', 'murphy', 'rogers', 'gutierrez', 'ortiz',
  'morgan', 'cooper', 'peterson', 'bailey', 'kelly', 'howard', 'ramos', 'kim',
  'richardson', 'watson', 'chavez', 'bennett', 'mendoza', 'ruiz', 'hughes',
  'alvarez', 'castillo', 'sanders', 'patel', 'myers', 'ross', 'foster', 'jimenez', 'powell', 'jenkins',
  'perry', 'russell', 'sullivan', 'coleman', 'henderson', 'barnes', 'gonzales',
  'vasquez', 'simmons', 'wong', 'chen', 'wang', 'zhang', 'liu', 'singh', 'kumar', 'shah', 'khan',
  'schmidt', 'mueller', 'fischer', 'weber', 'rossi', 'dubois', 'ivanov', 'tanaka', 'suzuki', 'sato',
  'choi', 'o\'brien', 'mcdonald', 'murray', 'doe',
];

/** Every listed name, and its possessive ("johnson's"), as the concept's English terms. */
export const PERSON_NAME_TERMS: readonly string[] = [...new Set([...GIVEN_NAMES, ...SURNAMES])].flatMap(
  (name) => [name, `${name}'s`],
);
