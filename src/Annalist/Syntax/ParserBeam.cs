namespace Annalist.Syntax;

/// <summary>
/// The beam of a beam-search arc-eager parse (Zhang and Clark 2008; Zhang and Nivre 2011): up to
/// <see cref="Width"/> states of one sentence with their scores (the sum of their moves' scores), and
/// the candidates for the next step, kept best first. A step offers every (state, move) pair with its
/// score; <see cref="Advance"/> turns the best <see cref="Width"/> into the new beam. Every arc-eager
/// parse of n words takes 2n moves, so the states of a beam always have the same number of moves.
/// The states are pooled and copied in place, so a parse allocates nothing; one beam per thread.
/// </summary>
internal sealed class ParserBeam
{
    private ArcEagerState[] current;
    private ArcEagerState[] next;
    private long[] scores;
    private long[] nextScores;
    private int[] flags;
    private int[] nextFlags;
    private readonly int[] candidateParent;
    private readonly int[] candidateMove;
    private readonly long[] candidateScore;
    private readonly int[] candidateFlag;

    // Scores of the features that depend only on S0 and N0 (ParserFeatures.ExtractPositional), once
    // per distinct (S0, N0) of a step: states that differ in arcs or labels often share the two.
    private readonly long[] sharedKeys;
    private int[] sharedScores = [];
    private int sharedCount;

    public ParserBeam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        current = NewStates(width);
        next = NewStates(width);
        scores = new long[width];
        nextScores = new long[width];
        flags = new int[width];
        nextFlags = new int[width];
        candidateParent = new int[width];
        candidateMove = new int[width];
        candidateScore = new long[width];
        candidateFlag = new int[width];
        sharedKeys = new long[width];
    }

    public int Width { get; }

    /// <summary>States in the beam (1 after <see cref="Start"/>, then up to <see cref="Width"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Candidates offered and kept so far in this step.</summary>
    public int CandidateCount { get; private set; }

    /// <summary>The <paramref name="item"/>-th best state of the beam.</summary>
    public ArcEagerState this[int item] => current[item];

    public long ScoreOf(int item) => scores[item];

    /// <summary>A caller's mark carried by a state from the candidate it came from (training: whether it is still correct).</summary>
    public int FlagOf(int item) => flags[item];

    public int ParentOf(int candidate) => candidateParent[candidate];

    public int MoveOf(int candidate) => candidateMove[candidate];

    public long CandidateScoreOf(int candidate) => candidateScore[candidate];

    public int CandidateFlagOf(int candidate) => candidateFlag[candidate];

    /// <summary>
    /// The scores, per move, of the S0/N0 features of <paramref name="state"/>: <paramref name="known"/>
    /// tells whether another state of this step already filled them; if not the caller must.
    /// </summary>
    public Span<int> SharedScores(ArcEagerState state, int classes, out bool known)
    {
        var key = ((long)state.S0 << 32) | (uint)state.Buffer;
        if (sharedScores.Length < Width * classes)
        {
            sharedScores = new int[Width * classes];
        }

        for (var i = 0; i < sharedCount; i++)
        {
            if (sharedKeys[i] == key)
            {
                known = true;
                return sharedScores.AsSpan(i * classes, classes);
            }
        }

        sharedKeys[sharedCount] = key;
        known = false;
        return sharedScores.AsSpan(sharedCount++ * classes, classes);
    }

    /// <summary>Starts a sentence of <paramref name="length"/> words: one empty state of score 0.</summary>
    public void Start(int length, int flag = 0)
    {
        for (var i = 0; i < Width; i++)
        {
            current[i].Reset(length);
            next[i].Reset(length);
        }

        scores[0] = 0;
        flags[0] = flag;
        Count = 1;
        CandidateCount = 0;
        sharedCount = 0;
    }

    /// <summary>Whether a candidate of this score would be kept (ties go to the one offered first).</summary>
    public bool Admits(long score) => CandidateCount < Width || score > candidateScore[CandidateCount - 1];

    /// <summary>Keeps move <paramref name="move"/> from state <paramref name="parent"/> if it is among the best so far.</summary>
    public void Add(int parent, int move, long score, int flag = 0)
    {
        if (!Admits(score))
        {
            return;
        }

        var position = CandidateCount < Width ? CandidateCount++ : Width - 1;
        while (position > 0 && score > candidateScore[position - 1])
        {
            candidateParent[position] = candidateParent[position - 1];
            candidateMove[position] = candidateMove[position - 1];
            candidateScore[position] = candidateScore[position - 1];
            candidateFlag[position] = candidateFlag[position - 1];
            position--;
        }

        candidateParent[position] = parent;
        candidateMove[position] = move;
        candidateScore[position] = score;
        candidateFlag[position] = flag;
    }

    /// <summary>Applies the kept candidates: they become the beam, best first.</summary>
    public void Advance(int labelCount)
    {
        for (var c = 0; c < CandidateCount; c++)
        {
            var state = next[c];
            state.CopyFrom(current[candidateParent[c]]);
            state.Apply(candidateMove[c], labelCount);
            nextScores[c] = candidateScore[c];
            nextFlags[c] = candidateFlag[c];
        }

        (current, next) = (next, current);
        (scores, nextScores) = (nextScores, scores);
        (flags, nextFlags) = (nextFlags, flags);
        Count = CandidateCount;
        CandidateCount = 0;
        sharedCount = 0;
    }

    private static ArcEagerState[] NewStates(int width)
    {
        var states = new ArcEagerState[width];
        for (var i = 0; i < width; i++)
        {
            states[i] = new ArcEagerState();
        }

        return states;
    }
}
